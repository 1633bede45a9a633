package io.github.councilplan.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.councilplan.model.Plan;
import java.io.CharConversionException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
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
 * <p><b>What reading checks.</b> This class, and {@code plan-schema}'s {@code PlanYaml} for YAML,
 * check the same things: that the document is JSON (or YAML), has the plan document's shape, and
 * keeps every structural rule of the model, the rules {@link Plan#builder()} checks. A document
 * that breaks one of them fails with an {@link InvalidPlanException} carrying its located
 * {@link DocumentProblem}. Reading does not check the plan rules of the format (ids unique
 * across the plan, references that resolve, text in every declared language, ...) nor the JSON
 * Schema: a plan that {@code Plan.builder()} builds reads back, whatever those rules say of it.
 * To check a document against the whole format, every problem located, validate it with
 * {@code plan-schema}'s {@code PlanValidator}, whose report carries the plan when it is valid.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class PlanJson {
    /**
     * Made on first {@code read}: building it builds a deserializer for every type of the model,
     * which {@link #tryRead} never needs.
     */
    private volatile ObjectReader reader;
    /** Made on first write: building it builds a serializer for every type of the model, which reading never needs. */
    private volatile ObjectWriter writer;

    private PlanJson() {}

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
        static final PlanJson INSTANCE = new PlanJson();
    }

    /**
     * Holds the binder of {@link #tryRead}, made on first use, once: a thread that asks while
     * another makes it waits for that one rather than making a second (the command line makes it
     * on a thread of its own while it starts).
     */
    private static final class Binder {
        static final StreamBinder STANDARD = new StreamBinder();
    }

    /**
     * Holds the mapper, made on first use: {@link #tryRead} does not need it, and making the first
     * mapper of a virtual machine loads and initialises a thousand of Jackson's classes (about 70 ms
     * of a command line's start-up, measured with a class-data-sharing archive).
     */
    private static final class Mapper {
        static final JsonMapper STANDARD = newMapper();
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
        return Mapper.STANDARD;
    }

    /**
     * Reads a plan from JSON text.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws InvalidPlanException if the text is not JSON, does not have the plan document's shape,
     *     or breaks a structural rule of the model, with the problem located
     * @throws NullPointerException if {@code json} is null
     */
    public Plan read(String json) {
        Objects.requireNonNull(json, "json");
        return located(() -> reader().readValue(json), true);
    }

    /**
     * Reads the plan a parser is at straight from its tokens, for a caller that only needs the plan
     * when the document is one and learns why it is not elsewhere (from {@link #read(byte[])}, or
     * from a validator). It reads the structure the model describes without Jackson's data binding,
     * so it needs none of the time the data binding takes to prepare for the model's types on first
     * use, and less on each document.
     *
     * <p>It is at least as strict as {@link #read(byte[])}, and where it reads a plan, {@code read}
     * reads an equal one: it refuses a value of another JSON type than its property's, a null, an
     * unknown, repeated or missing required property, a language repeated in a text, and whatever
     * the model refuses; no object it reads repeats a name, {@code extensions} included, so the
     * parser need not look for repeated names. It refuses a
     * few documents {@code read} accepts (a URI with white space around it) and none that
     * {@link #write(Plan)} writes. Limits on the tokens (lengths, depth) are the parser's: give it
     * one made with them.
     *
     * @param parser a parser at the plan's first token ({@code START_OBJECT}), or before it; not null
     * @return the plan, with the parser at its last token; or empty, with the parser anywhere
     *     within the document, when the tokens are not a plan this reads
     * @throws JacksonException if the parser fails to read the document
     * @throws NullPointerException if {@code parser} is null
     */
    public Optional<Plan> tryRead(JsonParser parser) {
        Objects.requireNonNull(parser, "parser");
        StreamBinder made = Binder.STANDARD;
        if (!parser.hasCurrentToken()) {
            parser.nextToken();
        }
        try {
            return Optional.ofNullable(made.bind(parser));
        } catch (JacksonException e) {
            throw e;
        } catch (RuntimeException e) {
            // the model's factories and builders refuse what breaks their rules
            return Optional.empty();
        }
    }

    /**
     * Opens a parser over a part of a plan document's bytes, for
     * {@link PlanJson#tryRead(byte[], PartParsers, Executor)}: the parser the caller would read
     * the whole document with, its limits and checks included, over just the part. Called from
     * the calling thread and the helper at once: implementations must be thread-safe.
     */
    @FunctionalInterface
    public interface PartParsers {
        /**
         * Opens a parser over part of a document.
         *
         * @param bytes the bytes the part is in: the document's, or a copy of some of them (a
         *     part of a list with brackets around it, or the document with lists left empty);
         *     not null
         * @param offset where the part begins in {@code bytes}
         * @param length the part's length in bytes
         * @param depth how many objects and arrays of the document enclose the part: 0 for the
         *     whole document. A parser that bounds the nesting depth should allow that many
         *     levels fewer, so as to bound the document's depth as a parser of all of it would.
         * @return a parser before the part's first token, not null; closed by the caller
         */
        JsonParser open(byte[] bytes, int offset, int length, int depth);
    }

    /**
     * Reads the plan of a whole JSON document, in UTF-8, as {@link #tryRead(JsonParser)} reads
     * it, on the calling thread and {@code helper} at once: the items of the plan's own lists of
     * objects (themes, measures, links, ...) are cut into runs that the two threads each take the
     * next of when they have bound one, then the calling thread binds the rest of the document.
     * The calling thread binds whatever the helper has not begun, so a helper that refuses the
     * task, or begins it late, costs time, never a hang. Where the document is not cut (it has no
     * such list, or is not well-formed), the calling thread reads the whole of it alone.
     *
     * <p>It reads a plan exactly where {@code tryRead(JsonParser)} reads one from a parser of
     * the whole document that {@code parsers} opens, followed by nothing, and an equal plan: each
     * part is read by a parser that {@code parsers} opens (the cuts are found in one pass that
     * follows only strings, brackets and commas), and the document parses exactly when every
     * part does. A document it does not read may fail on another part than a parser of all of it
     * would fail on first.
     *
     * @param json the document's bytes, not null; not changed while this runs
     * @param parsers opens the parser of each part, not null
     * @param helper where the second thread's task may run, not null; it may refuse the task by
     *     throwing
     * @return the plan; or empty when the document is not a plan this reads, or more than one
     * @throws JacksonException if a parser fails to read a part of the document
     * @throws NullPointerException if an argument is null
     */
    public Optional<Plan> tryRead(byte[] json, PartParsers parsers, Executor helper) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(parsers, "parsers");
        Objects.requireNonNull(helper, "helper");
        return SharedBinding.bind(Binder.STANDARD, json, parsers, helper, () -> tryRead(json, parsers));
    }

    /**
     * Reads the plan of a whole JSON document on the calling thread alone, with one parser that
     * {@code parsers} opens over all of it (at depth 0): the document must be one plan, as
     * {@link #tryRead(JsonParser)} reads it, followed by nothing. It reads a plan exactly where
     * {@link #tryRead(byte[], PartParsers, Executor)} does, and an equal one; that is the faster
     * of the two for a large document when a second thread is free, and this one for a small
     * document or a busy machine.
     *
     * @param json the document's bytes, not null
     * @param parsers opens the parser of the whole document, not null
     * @return the plan; or empty when the document is not a plan this reads (not an object, not a
     *     plan, or followed by anything but white space)
     * @throws JacksonException if the parser fails to read the document
     * @throws NullPointerException if an argument is null
     */
    public Optional<Plan> tryRead(byte[] json, PartParsers parsers) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(parsers, "parsers");
        try (JsonParser parser = parsers.open(json, 0, json.length, 0)) {
            // a plan is an object: anything else, JSON null included, reads no plan
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Optional<Plan> plan = tryRead(parser);
            // nothing may follow the plan
            return plan.isEmpty() || parser.nextToken() != null ? Optional.empty() : plan;
        }
    }

    /**
     * Reads a plan from JSON bytes, in UTF-8 (or UTF-16 or UTF-32, detected).
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws InvalidPlanException as for {@link #read(String)}
     * @throws NullPointerException if {@code json} is null
     */
    public Plan read(byte[] json) {
        Objects.requireNonNull(json, "json");
        return located(() -> reader().readValue(json), true);
    }

    /**
     * Reads a plan from a stream, which is read to the end of the document but not closed.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws InvalidPlanException as for {@link #read(String)}
     * @throws JacksonException if reading the stream fails
     * @throws NullPointerException if {@code json} is null
     */
    public Plan read(InputStream json) {
        Objects.requireNonNull(json, "json");
        return located(() -> reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(json), false);
    }

    /**
     * Reads a plan from a character stream, which is read to the end of the document but not
     * closed.
     *
     * @param json the document, not null
     * @return the plan, not null
     * @throws InvalidPlanException as for {@link #read(String)}
     * @throws JacksonException if reading the stream fails
     * @throws NullPointerException if {@code json} is null
     */
    public Plan read(Reader json) {
        Objects.requireNonNull(json, "json");
        return located(() -> reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE).readValue(json), false);
    }

    /**
     * Reads a plan from a file.
     *
     * @param file the file, not null
     * @return the plan, not null
     * @throws InvalidPlanException as for {@link #read(String)}
     * @throws JacksonException if the file cannot be read
     * @throws NullPointerException if {@code file} is null
     */
    public Plan read(Path file) {
        Objects.requireNonNull(file, "file");
        return located(() -> reader().readValue(file), false);
    }

    /**
     * Reads a plan from a JSON tree, such as one read from YAML: as {@link #read(String)} reads
     * text, but a tree has no source positions, so every problem is located at line 1, column 1
     * (a reader that knows where the tree's values are, as {@code PlanYaml} does, locates them by
     * their pointers).
     *
     * @param tree the document's tree, not null
     * @return the plan, not null
     * @throws InvalidPlanException if the tree does not have the plan document's shape or breaks a
     *     structural rule of the model
     * @throws NullPointerException if {@code tree} is null
     */
    public Plan read(JsonNode tree) {
        Objects.requireNonNull(tree, "tree");
        return located(() -> mapper().treeToValue(tree, Plan.class), true);
    }

    /**
     * Reads a plan, turning every failure that is the document's fault into a located problem:
     * for a document in memory ({@code inMemory}), even Jackson's I/O failures are (an encoding it
     * detects but cannot decode, such as an unsupported UCS-4 byte order), as nothing is read from
     * outside.
     */
    private static Plan located(Supplier<Plan> read, boolean inMemory) {
        Plan plan;
        try {
            plan = read.get();
        } catch (JacksonIOException e) {
            if (inMemory || e.getCause() instanceof CharConversionException) {
                // bytes that are not text in the encoding Jackson detected: the document's fault
                throw new InvalidPlanException(List.of(DocumentProblem.of("syntax.malformed",
                        e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage(), "", 1, 1)), e);
            }
            throw e; // the input could not be read: not a verdict on the document
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            int line = at == null ? 1 : Math.max(1, at.getLineNr());
            int column = at == null ? 1 : Math.max(1, at.getColumnNr());
            String pointer = e instanceof DatabindException ? pointer((DatabindException) e) : "";
            throw new InvalidPlanException(List.of(DocumentProblem.of(code(e), message(e), pointer, line, column)),
                    modelCause(e));
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidPlanException(List.of(DocumentProblem.of("model.invalid", message(e), "", 1, 1)), e);
        }
        if (plan == null) {
            // a document that is JSON's null (or YAML's: null, ~, an empty value) binds to no plan;
            // the validator's problem for it, so that both name it alike
            throw new InvalidPlanException(List.of(DocumentProblem.of("schema.type", "plan: null found, object expected", "", 1, 1)));
        }
        return plan;
    }

    /** Returns the validator's problem code for a failure to read a document. */
    private static String code(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return "limit.nesting-depth";
            }
            if (message.contains("Number value length")) {
                return "limit.number-length";
            }
            if (message.contains("String value length") || message.contains("Name length")) {
                return "limit.string-length";
            }
            return message.contains("Document length") ? "limit.document-size" : "syntax.malformed";
        }
        if (e instanceof StreamReadException) {
            return message.startsWith("Duplicate Object property") ? "syntax.duplicate-key" : "syntax.malformed";
        }
        return message.startsWith("No content to map due to end-of-input") ? "syntax.empty" : "model.invalid";
    }

    /**
     * Returns the JSON pointer (RFC 6901) of the value a binding failure is about: the path
     * Jackson followed into the document, each property name escaped.
     *
     * @param e the failure, not null
     * @return the pointer, {@code ""} for the whole document; not null
     * @throws NullPointerException if {@code e} is null
     */
    public static String pointer(DatabindException e) {
        StringBuilder pointer = new StringBuilder();
        for (DatabindException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /**
     * Returns the message of a failure to read a document into a plan: the model's own message
     * when the model refused a value (the first exception in the chain of causes that is not
     * Jackson's), otherwise Jackson's, without its location and path, which a
     * {@link DocumentProblem} holds apart.
     *
     * @param e the failure, not null
     * @return the message, not null
     * @throws NullPointerException if {@code e} is null
     */
    public static String message(Exception e) {
        Throwable model = modelCause(e);
        Throwable cause = model != null ? model : e;
        String message = cause instanceof JacksonException
                ? ((JacksonException) cause).getOriginalMessage() : cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }

    /** Returns the writer of plans, made on first use; two threads may both make one, which is harmless. */
    private ObjectReader reader() {
        ObjectReader made = reader;
        if (made == null) {
            made = mapper().readerFor(Plan.class);
            reader = made;
        }
        return made;
    }

    private ObjectWriter writer() {
        ObjectWriter made = writer;
        if (made == null) {
            made = mapper().writerFor(Plan.class);
            writer = made;
        }
        return made;
    }

    /** Returns the first exception in {@code e}'s chain of causes that is not Jackson's, or null. */
    private static Throwable modelCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (!(cause instanceof JacksonException)) {
                return cause;
            }
        }
        return null;
    }

    /**
     * Writes a plan as indented JSON text.
     *
     * @param plan the plan, not null
     * @return the document, not null
     * @throws NullPointerException if {@code plan} is null
     */
    public String write(Plan plan) {
        return writer().writeValueAsString(Objects.requireNonNull(plan, "plan"));
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
        writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
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
        writer().writeValue(Objects.requireNonNull(file, "file"), Objects.requireNonNull(plan, "plan"));
    }
}
