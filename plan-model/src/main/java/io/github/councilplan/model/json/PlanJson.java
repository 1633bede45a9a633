package io.github.councilplan.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.councilplan.model.Plan;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes plan documents as JSON.
 *
 * <p>The JSON shape is meant to be written by hand: camelCase property names in a fixed order, a
 * {@code schemaVersion} at the root, empty lists and absent values left out. Reading is strict:
 * unknown properties (except inside an {@code extensions} object), duplicate keys, nulls, scalars
 * of the wrong JSON type (a number or boolean where text belongs, an enum value by its index, a
 * date with a time), and trailing content are errors, and every structural rule of the model
 * is checked. Reading what {@link #write(Plan)} wrote gives an equal {@link Plan}.
 *
 * <p>Dates are read exactly as the schema's {@code date} format has them: a string
 * {@code YYYY-MM-DD} naming a day that exists (not an array, not a year of five digits).
 *
 * <p>This class checks one document's shape and structure; the whole-plan rules (ids unique across
 * the plan, references that resolve) belong to the validator of {@code plan-schema}, which also
 * locates every problem rather than stopping at the first.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class PlanJson {
    private final JsonMapper mapper;
    private final ObjectReader reader;
    private final ObjectWriter writer;

    private PlanJson(JsonMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.readerFor(Plan.class);
        this.writer = mapper.writerFor(Plan.class);
    }

    /**
     * Returns the shared instance with the standard configuration.
     *
     * @return the instance, not null
     * @throws IllegalStateException if the class path has a jackson-annotations too old for
     *     Jackson 3, as a build that imports Jackson 2's BOM has, with a message naming the fix
     */
    public static PlanJson standard() {
        JacksonAnnotationsRequirement.check();
        return Standard.INSTANCE;
    }

    /** Holds the shared instance, made on first use once the annotations have been checked. */
    private static final class Standard {
        static final PlanJson INSTANCE = new PlanJson(newMapper());
    }

    private static JsonMapper newMapper() {
        return JsonMapper.builder()
                .addModule(StrictDates.module())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .defaultLeniency(Boolean.FALSE)
                .withCoercionConfig(LogicalType.Textual, strings -> strings
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.DateTime, dates -> dates
                        .setCoercion(CoercionInputShape.Array, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .changeDefaultPropertyInclusion(
                        inclusion -> JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
                .changeDefaultNullHandling(nulls -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
                .build();
    }

    /**
     * Returns the configured mapper, for reading or writing parts of a plan.
     *
     * @return the mapper, immutable; not null
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Reads a plan from JSON text.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws JacksonException if the text is not JSON, does not have the plan document's shape,
     *     or breaks a structural rule of the model (the cause is then the model's
     *     {@link IllegalArgumentException})
     * @throws NullPointerException if {@code json} is null
     */
    public Plan read(String json) {
        return reader.readValue(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads a plan from JSON bytes, in UTF-8 (or UTF-16 or UTF-32, detected).
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws JacksonException as for {@link #read(String)}
     * @throws NullPointerException if {@code json} is null
     */
    public Plan read(byte[] json) {
        return reader.readValue(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads a plan from a stream, which is read to the end of the document but not closed.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws JacksonException as for {@link #read(String)}, or if reading the stream fails
     * @throws NullPointerException if {@code json} is null
     */
    public Plan read(InputStream json) {
        return reader.without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads a plan from a character stream, which is read to the end of the document but not
     * closed.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws JacksonException as for {@link #read(String)}, or if reading the stream fails
     * @throws NullPointerException if {@code json} is null
     */
    public Plan read(Reader json) {
        return reader.without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(Objects.requireNonNull(json, "json"));
    }

    /**
     * Reads a plan from a file.
     *
     * @param file the file, not null
     * @return the plan, not null
     * @throws JacksonException as for {@link #read(String)}, or if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public Plan read(Path file) {
        return reader.readValue(Objects.requireNonNull(file, "file"));
    }

    /**
     * Writes a plan as indented JSON text.
     *
     * @param plan the plan, not null
     * @return the document, not null
     * @throws NullPointerException if {@code plan} is null
     */
    public String write(Plan plan) {
        return writer.writeValueAsString(Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Writes a plan as indented UTF-8 JSON to a stream, which is flushed but not closed.
     *
     * @param plan the plan, not null
     * @param out the stream, not null
     * @throws JacksonException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public void write(Plan plan, OutputStream out) {
        writer.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .writeValue(Objects.requireNonNull(out, "out"), Objects.requireNonNull(plan, "plan"));
    }

    /**
     * Writes a plan as indented UTF-8 JSON to a file, replacing it.
     *
     * @param plan the plan, not null
     * @param file the file, not null
     * @throws JacksonException if writing fails
     * @throws NullPointerException if an argument is null
     */
    public void write(Plan plan, Path file) {
        writer.writeValue(Objects.requireNonNull(file, "file"), Objects.requireNonNull(plan, "plan"));
    }
}
