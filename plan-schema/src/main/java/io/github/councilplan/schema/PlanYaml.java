package io.github.councilplan.schema;

import io.github.councilplan.model.message.ShownValue;
import io.github.councilplan.schema.read.YamlScalars;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.DocumentProblem;
import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.read.DocumentProblemException;
import io.github.councilplan.schema.read.LocatedTree;
import io.github.councilplan.schema.read.TreeReader;
import io.github.councilplan.schema.read.YamlTreeReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.StreamDataWriter;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.NonPrintableStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.emitter.Emitter;
import org.snakeyaml.engine.v2.events.DocumentEndEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.events.StreamEndEvent;
import org.snakeyaml.engine.v2.events.StreamStartEvent;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes plan documents as YAML.
 *
 * <p>Writing gives the document {@link PlanJson} would write, in YAML's block style: the same
 * properties in the same order, with no tags, anchors or aliases. Strings are quoted wherever a
 * YAML reader could take them for something else, by YAML 1.2 or by the older YAML 1.1 that some
 * tools still follow: {@code "2025"}, {@code "1.10"}, {@code "true"}, {@code "null"},
 * {@code "~"}, {@code "2025-04-01"}, {@code "yes"}, {@code "no"}, {@code "on"} and {@code "off"}
 * stay strings. Text over several lines is written as a literal block ({@code |}) where YAML
 * allows it. Numbers are written as {@code PlanJson} writes them.
 *
 * <p>Reading checks what {@link PlanJson} checks of JSON, no more and no less: the YAML is read
 * as the validator reads it (YAML 1.2 without custom tags, within
 * {@link ValidationLimits#defaults()}) into the tree of the equivalent JSON, which
 * {@link PlanJson#read(JsonNode)} binds, checking the document's shape and every structural rule
 * of the model. A document that is not a plan fails with the same
 * {@link InvalidPlanException} as {@code PlanJson}'s, its problems located in the YAML. Neither
 * reader checks the JSON Schema or the plan rules: validate a document with
 * {@link PlanValidator} to check the whole format. Reading what {@link #write(Plan)} wrote gives
 * an equal {@link Plan}, as reading what {@code PlanJson} wrote does.
 *
 * <p>Instances are immutable and thread-safe; share them. No method accepts null.
 */
public final class PlanYaml {
    private static final PlanYaml STANDARD = new PlanYaml();

    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setDefaultScalarStyle(ScalarStyle.PLAIN)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setSplitLines(false)
            .setUseUnicodeEncoding(true)
            .setNonPrintableStyle(NonPrintableStyle.ESCAPE)
            .setExplicitStart(false)
            .setExplicitEnd(false)
            .setBestLineBreak("\n")
            .setDumpComments(false)
            .build();

    private static final ImplicitTuple UNTAGGED_NON_STRING = new ImplicitTuple(true, false);
    private static final ImplicitTuple UNTAGGED_PLAIN_STRING = new ImplicitTuple(true, true);
    private static final ImplicitTuple UNTAGGED_QUOTED_STRING = new ImplicitTuple(false, true);

    private PlanYaml() {}

    /** The reader of YAML documents into trees, made on first use so that writing alone does not pay for it. */
    private static final class Reader {
        static final TreeReader INSTANCE = new YamlTreeReader(ValidationLimits.defaults());
    }

    /**
     * Returns the shared instance, which reads with {@link ValidationLimits#defaults()}.
     *
     * @return the instance, not null
     */
    public static PlanYaml standard() {
        return STANDARD;
    }

    /**
     * Writes a plan as a YAML document.
     *
     * @param plan the plan, not null
     * @return the document, ending with a line break; not null
     * @throws IllegalArgumentException if a string in the plan is not Unicode text (it has an
     *     unpaired surrogate)
     * @throws NullPointerException if {@code plan} is null
     */
    public String write(Plan plan) {
        Objects.requireNonNull(plan, "plan");
        return writeTree(PlanJson.standard().mapper().valueToTree(plan));
    }

    /**
     * Writes a tree, as the JSON reader holds one, as a YAML document the way plans are written;
     * the tests write arbitrary and damaged documents with it.
     *
     * @throws IllegalArgumentException if a string is not Unicode text or a number cannot be
     *     written to read back equal
     */
    static String writeTree(JsonNode root) {
        StringBuilder text = new StringBuilder();
        emit(root, new StreamDataWriter() {
            @Override
            public void write(String data) {
                text.append(data);
            }

            @Override
            public void write(String data, int offset, int length) {
                text.append(data, offset, offset + length);
            }
        });
        return text.toString();
    }

    /**
     * Writes a plan as a YAML document in UTF-8 to a stream, which is flushed but not closed.
     *
     * @param plan the plan, not null
     * @param out the stream, not null
     * @throws IllegalArgumentException if a string in the plan is not Unicode text (it has an
     *     unpaired surrogate); the stream may then hold part of the document
     * @throws UncheckedIOException if writing to the stream fails
     * @throws NullPointerException if an argument is null
     */
    public void write(Plan plan, OutputStream out) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(out, "out");
        JsonNode tree = PlanJson.standard().mapper().valueToTree(plan);
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        emit(tree, new StreamDataWriter() {
            @Override
            public void write(String data) {
                write(data, 0, data.length());
            }

            @Override
            public void write(String data, int offset, int length) {
                try {
                    writer.write(data, offset, length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void flush() {
                try {
                    writer.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a plan from YAML text, checking what {@link PlanJson#read(String)} checks of JSON.
     *
     * @param yaml the document, not null
     * @return the plan, not null
     * @throws InvalidPlanException if the document is not YAML as plan documents have it (or is
     *     over a limit), does not have the plan document's shape or breaks a structural rule of
     *     the model, with the problem located
     * @throws NullPointerException if {@code yaml} is null
     */
    public Plan read(String yaml) {
        Objects.requireNonNull(yaml, "yaml");
        if (yaml.length() > ValidationLimits.defaults().maxDocumentBytes()) {
            throw tooLarge(yaml.length(), "characters");
        }
        try {
            return read(PlanValidator.utf8(yaml));
        } catch (DocumentProblemException e) {
            throw invalid(e.problem());
        }
    }

    /**
     * Reads a plan from YAML bytes: UTF-8, or UTF-16 or UTF-32 with a byte order mark or
     * recognised by its zero bytes.
     *
     * @param yaml the document, not null
     * @return the plan, not null
     * @throws InvalidPlanException as for {@link #read(String)}
     * @throws NullPointerException if {@code yaml} is null
     */
    public Plan read(byte[] yaml) {
        Objects.requireNonNull(yaml, "yaml");
        if (yaml.length > ValidationLimits.defaults().maxDocumentBytes()) {
            throw tooLarge(yaml.length, "bytes");
        }
        LocatedTree tree;
        try {
            tree = Reader.INSTANCE.read(yaml);
        } catch (DocumentProblemException e) {
            throw invalid(e.problem());
        }
        try {
            return PlanJson.standard().read(tree.root());
        } catch (InvalidPlanException e) {
            List<DocumentProblem> located = new ArrayList<>();
            for (DocumentProblem problem : e.problems()) {
                int[] at = tree.locate(problem.pointer());
                located.add(problem.at(at[0], at[1]));
            }
            throw new InvalidPlanException(located, e.getCause());
        }
    }

    /**
     * Reads a plan from a YAML file, whatever its extension.
     *
     * @param file the file, not null
     * @return the plan, not null
     * @throws InvalidPlanException as for {@link #read(String)}
     * @throws IOException if the file cannot be read (missing, a directory, unreadable)
     * @throws NullPointerException if {@code file} is null
     */
    public Plan read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        long max = ValidationLimits.defaults().maxDocumentBytes();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = BoundedBytes.read(in, max);
            if (bytes.length > max) {
                throw tooLarge(bytes.length, "bytes");
            }
            return read(bytes);
        }
    }

    private static InvalidPlanException invalid(Problem problem) {
        return new InvalidPlanException(List.of(DocumentProblem.of(problem.code().code(), problem.message(),
                problem.pointer(), problem.line(), problem.column())));
    }

    private static InvalidPlanException tooLarge(long size, String unit) {
        return new InvalidPlanException(List.of(DocumentProblem.of(ProblemCode.LIMIT_DOCUMENT_SIZE.code(),
                "the document is larger than the limit of " + ValidationLimits.defaults().maxDocumentBytes()
                        + " bytes (at least " + size + " " + unit + ")", "", 1, 1)));
    }

    /** Emits a tree as one YAML document, walking it with an explicit stack. */
    private static void emit(JsonNode root, StreamDataWriter out) {
        Emitter emitter = new Emitter(SETTINGS, new EscapingWriter(out));
        emitter.emit(new StreamStartEvent());
        emitter.emit(new DocumentStartEvent(false, Optional.empty(), Map.of()));
        Deque<Iterator<?>> open = new ArrayDeque<>();
        push(open, value(emitter, root));
        while (!open.isEmpty()) {
            Iterator<?> entries = open.peek();
            if (!entries.hasNext()) {
                open.pop();
                emitter.emit(entries instanceof PropertyIterator ? new MappingEndEvent() : new SequenceEndEvent());
            } else if (entries instanceof PropertyIterator) {
                Map.Entry<String, JsonNode> property = ((PropertyIterator) entries).next();
                emitter.emit(string(property.getKey()));
                push(open, value(emitter, property.getValue()));
            } else {
                push(open, value(emitter, (JsonNode) entries.next()));
            }
        }
        emitter.emit(new DocumentEndEvent(false));
        emitter.emit(new StreamEndEvent());
    }

    private static void push(Deque<Iterator<?>> open, Iterator<?> entries) {
        if (entries != null) {
            open.push(entries);
        }
    }

    /**
     * Emits a scalar, or the start of a collection; returns the iterator over the collection's
     * entries, or null for a scalar.
     */
    private static Iterator<?> value(Emitter emitter, JsonNode node) {
        if (node.isObject()) {
            emitter.emit(new MappingStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
            return new PropertyIterator(node.properties().iterator());
        }
        if (node.isArray()) {
            emitter.emit(new SequenceStartEvent(Optional.empty(), Optional.empty(), true, FlowStyle.BLOCK));
            return node.values().iterator();
        }
        if (node.isString()) {
            emitter.emit(string(node.asString()));
        } else if (node.isNumber()) {
            emitter.emit(plain(number(node)));
        } else if (node.isBoolean()) {
            emitter.emit(plain(node.booleanValue() ? "true" : "false"));
        } else if (node.isNull()) {
            emitter.emit(plain("null"));
        } else {
            throw new IllegalArgumentException("a plan tree holds no " + node.getNodeType() + " node: " + node);
        }
        return null;
    }

    /** Returns a number's text as the plan's JSON has it, checked to read back as a number. */
    private static String number(JsonNode node) {
        String text = PlanJson.standard().mapper().writeValueAsString(node);
        YamlScalars.Kind kind = YamlScalars.resolvePlain(text);
        if (kind != YamlScalars.Kind.DECIMAL_INT && kind != YamlScalars.Kind.FLOAT) {
            throw new IllegalArgumentException("the number " + text + " cannot be written as YAML that reads back equal");
        }
        return text;
    }

    private static ScalarEvent plain(String text) {
        return new ScalarEvent(Optional.empty(), Optional.empty(), UNTAGGED_NON_STRING, text, ScalarStyle.PLAIN);
    }

    /**
     * Writes U+0085, U+2028 and U+2029 as the escapes {@code \\u0085}, {@code \\u2028} and
     * {@code \\u2029}, which the emitter leaves raw. They only ever stand in double-quoted scalars (see
     * {@link #string(String)}), where the escapes mean them to every reader.
     */
    private static final class EscapingWriter implements StreamDataWriter {
        private final StreamDataWriter out;

        EscapingWriter(StreamDataWriter out) {
            this.out = out;
        }

        @Override
        public void write(String data) {
            write(data, 0, data.length());
        }

        @Override
        public void write(String data, int offset, int length) {
            int from = offset;
            for (int i = offset; i < offset + length; i++) {
                char c = data.charAt(i);
                String escape = c == '\u0085' || c == '\u2028' || c == '\u2029' ? String.format("\\u%04X", (int) c) : null;
                if (escape != null) {
                    out.write(data, from, i - from);
                    out.write(escape);
                    from = i + 1;
                }
            }
            out.write(data, from, offset + length - from);
        }

        @Override
        public void flush() {
            out.flush();
        }
    }

    /**
     * A string: double-quoted, with escapes, when it holds U+0085, U+2028 or U+2029; plain when no
     * reader could take it for anything else and the emitter finds plain style possible; a literal
     * block for text over several lines where the emitter allows one; otherwise double-quoted, with
     * escapes where needed.
     */
    private static ScalarEvent string(String text) {
        checkUnicode(text);
        if (text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0) {
            // line breaks to some YAML readers and not to others: only escapes (\u2028 and so on) keep them
            return new ScalarEvent(Optional.empty(), Optional.empty(), UNTAGGED_QUOTED_STRING, text,
                    ScalarStyle.DOUBLE_QUOTED);
        }
        if (text.indexOf('\n') >= 0) {
            return new ScalarEvent(Optional.empty(), Optional.empty(), UNTAGGED_QUOTED_STRING, text,
                    ScalarStyle.LITERAL);
        }
        return YamlScalars.safelyPlain(text)
                ? new ScalarEvent(Optional.empty(), Optional.empty(), UNTAGGED_PLAIN_STRING, text, ScalarStyle.PLAIN)
                : new ScalarEvent(Optional.empty(), Optional.empty(), UNTAGGED_QUOTED_STRING, text,
                        ScalarStyle.DOUBLE_QUOTED);
    }

    /**
     * Refuses a string with an unpaired surrogate: it is not Unicode text, UTF-8 cannot hold it,
     * and the emitter would silently change it.
     */
    private static void checkUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(String.format("the string %s has an unpaired surrogate "
                        + "(U+%04X at index %d): it is not Unicode text and cannot be written as YAML", ShownValue.of(text), (int) c, i));
            }
        }
    }

    /** Marks an object's properties apart from an array's values on the stack. */
    private static final class PropertyIterator implements Iterator<Map.Entry<String, JsonNode>> {
        private final Iterator<Map.Entry<String, JsonNode>> properties;

        PropertyIterator(Iterator<Map.Entry<String, JsonNode>> properties) {
            this.properties = properties;
        }

        @Override
        public boolean hasNext() {
            return properties.hasNext();
        }

        @Override
        public Map.Entry<String, JsonNode> next() {
            return properties.next();
        }
    }
}
