package io.github.councilplan.schema.read;

import io.github.councilplan.model.message.ShownValue;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationLimits;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a YAML 1.2 document into a {@link LocatedTree} whose tree is exactly the one
 * {@link JsonTreeReader} gives for the equivalent JSON, so that the schema and the plan rules see
 * the same thing whichever syntax a plan is written in.
 *
 * <p><b>Why snakeyaml-engine's event parser.</b> Jackson's YAML format module (which is built on
 * snakeyaml-engine too) was the other candidate. It gives line and column, but it does not expand
 * aliases: it reports an alias as a string holding the anchor's name, which would silently change
 * the data, and it resolves scalars and tags by its own rules. Reading snakeyaml-engine's events
 * directly gives every node's start mark and leaves this class in charge of what matters here:
 * scalars are resolved by the YAML 1.2 core schema alone ({@link YamlScalars}), tags are checked
 * before anything is built, and aliases are expanded under a budget. Nothing is ever constructed
 * from a tag: the engine's constructors and composer are not used at all, so its settings that
 * bound them (aliases for collections, duplicate and recursive keys) are set only as a second
 * line of defence.
 *
 * <p><b>What the tree holds.</b> Plain scalars resolve by the core schema: {@code null},
 * {@code Null}, {@code NULL}, {@code ~} and the empty scalar are null; {@code true} and
 * {@code false} (in those three casings) are booleans; decimal, {@code 0o} octal and {@code 0x}
 * hexadecimal integers are integers, held as the smallest of {@code int}, {@code long} and
 * {@code BigInteger} as the JSON reader holds them; other numbers are {@link BigDecimal}s, kept
 * exactly. Everything else, including YAML 1.1's {@code yes}, {@code on} and dates, is a string;
 * quoted and block scalars are always strings. Explicit tags may only be the standard
 * {@code !!str}, {@code !!int}, {@code !!float}, {@code !!bool}, {@code !!null}, {@code !!map} and
 * {@code !!seq}; a scalar so tagged must have that type's form. {@code <<} is an ordinary key, as
 * in YAML 1.2. Keys must be strings.
 *
 * <p><b>What is bounded.</b> The document's size in bytes (and, in the engine, in code points);
 * the nesting depth, checked before a mapping or sequence is opened and again for the depth an
 * alias would reach, so that a document nested 100,000 deep ends at the limit; the length of
 * strings and keys, and of numbers before they are converted and once written out in full
 * ({@code 1e100000000} has too many digits, as in JSON; a hexadecimal or octal integer is
 * limited by the decimal digits of its value); and what aliases add: each alias adds as many
 * values, and as many characters of strings, keys and numbers, as its anchored node holds,
 * counted before the node is copied, so a "billion laughs" document ends at the first alias past
 * {@link ValidationLimits#maxAliasExpansion()} or {@link ValidationLimits#maxAliasCharacters()}
 * having built no more than that. A string or key that holds an escape making half of a
 * surrogate pair (<code>"&#92;ud800"</code>) is refused, as in JSON, a key's pointer showing the escape
 * as written. The engine looks ahead over a whole scalar, comment
 * or run of spaces at once, at a cost quadratic in its length; it is not let run further ahead
 * than the string limit (and a little), so that the time a document takes stays proportional to
 * its size (60 MB of strings each at the default limit read in seconds, not hours). The
 * tree is built iteratively, with an explicit stack, and the engine's parser is itself a state
 * machine, so no input makes either recurse deep.
 *
 * <p>Every failure is a {@link DocumentProblemException} located at the fault, 1-based: the
 * engine's exceptions, and any other runtime exception it raises on malformed input, are turned
 * into one. Thread-safe: the settings are immutable and each call has its own parser.
 */
public final class YamlTreeReader implements TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SIZE_LIMIT_MESSAGE = "The incoming YAML document exceeds the limit";
    /** The characters the engine reads at a time (its default is 1,024). */
    private static final int BUFFER = 8192;

    private final ValidationLimits limits;
    /**
     * The engine's settings, made on first read: a validator makes a YAML reader whether or not it
     * is given YAML, and making the settings loads a part of the engine that reading JSON never
     * needs. Two threads may both make them, which is harmless: they are equal and immutable.
     */
    private volatile LoadSettings settings;

    /**
     * Creates a YAML reader under the reading limits of {@code limits}.
     *
     * @param limits the limits, not null
     */
    public YamlTreeReader(ValidationLimits limits) {
        this.limits = limits;
    }

    private LoadSettings settings() {
        LoadSettings made = settings;
        if (made == null) {
            int codePoints = (int) Math.min(Integer.MAX_VALUE, limits.maxDocumentBytes());
            made = LoadSettings.builder()
                    .setLabel("plan document")
                    .setUseMarks(true)
                    .setParseComments(false)
                    .setAllowDuplicateKeys(false)
                    .setAllowRecursiveKeys(false)
                    .setAllowNonScalarKeys(false)
                    .setMaxAliasesForCollections(limits.maxAliasExpansion())
                    .setCodePointLimit(codePoints)
                    .setEnvConfig(Optional.empty())
                    .setBufferSize(BUFFER)
                    .build();
            settings = made;
        }
        return made;
    }

    /**
     * Parses a whole document.
     *
     * @throws DocumentProblemException for an empty or malformed document, several documents, a
     *     forbidden tag, a value JSON cannot hold or an exceeded limit, located where the fault is
     */
    @Override
    public LocatedTree read(byte[] document) {
        if (document.length > limits.maxDocumentBytes()) {
            throw new DocumentProblemException(ProblemCode.LIMIT_DOCUMENT_SIZE,
                    "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes ("
                            + document.length + ")", 1, 1);
        }
        String text = DocumentText.decode(document);
        refuseAmbiguousLineBreaks(text);
        GuardedInput input = new GuardedInput(text, limits.maxStringLength() + 3L * BUFFER);
        LoadSettings loadSettings = settings();
        StreamReader stream = new StreamReader(loadSettings, input);
        input.watch(stream);
        Reading reading = new Reading(new ParserImpl(loadSettings, stream));
        try {
            return reading.document();
        } catch (DocumentProblemException e) {
            throw e;
        } catch (LookAheadException e) {
            throw new DocumentProblemException(Problem.of(ProblemCode.LIMIT_STRING_LENGTH, "the YAML parser would "
                    + "have to hold more than " + input.limit + " characters at once here: a scalar, comment or run "
                    + "of spaces is longer than the string limit of " + limits.maxStringLength(),
                    reading.pointerHere(), (int) Math.min(Integer.MAX_VALUE, stream.getLine() + 1L),
                    (int) Math.min(Integer.MAX_VALUE, stream.getColumn() + 1L)));
        } catch (YamlVersionException e) {
            throw located(ProblemCode.SYNTAX_MALFORMED, "the %YAML directive asks for YAML " + e.getSpecVersion()
                    .getRepresentation() + ", but plan documents are YAML 1.x", reading.last);
        } catch (MarkedYamlEngineException e) {
            Mark at = e.getProblemMark().or(e::getContextMark).orElse(reading.last);
            String context = e.getContext();
            String problem = e.getProblem() == null ? "the YAML is malformed" : e.getProblem();
            String message = context == null || context.isEmpty() ? problem : context + ": " + problem;
            throw located(ProblemCode.SYNTAX_MALFORMED, message, at);
        } catch (ReaderException e) {
            int[] at = DocumentText.position(text, e.getPosition());
            throw new DocumentProblemException(ProblemCode.SYNTAX_MALFORMED, String.format(
                    "the character U+%04X is not allowed in YAML (write it as an escape in a double-quoted string)",
                    e.getCodePoint()), at[0], at[1]);
        } catch (YamlEngineException e) {
            String message = String.valueOf(e.getMessage());
            if (message.startsWith(SIZE_LIMIT_MESSAGE)) {
                throw located(ProblemCode.LIMIT_DOCUMENT_SIZE, "the document is larger than the limit of "
                        + loadSettings.getCodePointLimit() + " characters", reading.last);
            }
            throw located(ProblemCode.SYNTAX_MALFORMED, "the YAML is malformed: " + message, reading.last);
        } catch (RuntimeException e) {
            throw located(ProblemCode.SYNTAX_MALFORMED, "the YAML parser failed on this document ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    reading.last);
        }
    }

    /**
     * Refuses a document holding U+0085 (NEL), U+2028 or U+2029 as characters: YAML 1.1 and the
     * engine count them as line breaks, so inside a scalar they would be folded or trimmed away,
     * while YAML 1.2 and JSON keep them. Written as escapes ({@code \u2028}) in a double-quoted
     * string they mean the same to every reader.
     *
     * @throws DocumentProblemException located at the first such character
     */
    private static void refuseAmbiguousLineBreaks(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                int[] at = DocumentText.position(text, text.codePointCount(0, i));
                throw new DocumentProblemException(ProblemCode.SYNTAX_MALFORMED, String.format(
                        "the character U+%04X is a line break to some YAML readers and not to others; write it as"
                                + " the escape \\u%04X in a double-quoted string", (int) c, (int) c), at[0], at[1]);
            }
        }
    }

    /**
     * The decoded document, handed to the engine a buffer at a time. The engine scans a scalar,
     * comment or run of spaces by looking ahead over all of it, copying its whole window each
     * time it reads more, which is quadratic in the run's length: this input refuses to run more
     * than {@code limit} code points ahead of what the engine has consumed, which no run within
     * the string limit needs.
     */
    private static final class GuardedInput extends Reader {
        private final String text;
        private final long limit;
        private StreamReader stream;
        private int next;
        private long delivered;

        GuardedInput(String text, long limit) {
            this.text = text;
            this.limit = limit;
        }

        void watch(StreamReader stream) {
            this.stream = stream;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (next >= text.length()) {
                return -1;
            }
            if (stream != null && delivered - stream.getIndex() > limit) {
                throw new LookAheadException();
            }
            int end = Math.min(text.length(), next + length);
            if (end - next > 1 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // keep a surrogate pair in one read, so that code points are counted exactly
            }
            text.getChars(next, end, buffer, offset);
            delivered += Character.codePointCount(text, next, end);
            int read = end - next;
            next = end;
            return read;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** Thrown by {@link GuardedInput} when the engine looks too far ahead. */
    private static final class LookAheadException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LookAheadException() {
            super(null, null, false, false);
        }
    }

    /** The state of one read: the parser, the open collections and the anchors seen. */
    private final class Reading {
        private final Parser parser;
        private final LocatedTree.Builder tree = new LocatedTree.Builder();
        private final Map<String, Anchored> anchors = new HashMap<>();
        private final Deque<Frame> open = new ArrayDeque<>();
        /** Values built so far, copies for aliases included. */
        private long built;
        /** Values that aliases have added so far. */
        private long aliased;
        /** Characters of the scalars and keys built so far, copies for aliases included. */
        private long characters;
        /** Characters that aliases have added so far. */
        private long aliasedCharacters;
        /** The start of the last event read, for errors the engine does not locate. */
        private Mark last;

        Reading(Parser parser) {
            this.parser = parser;
        }

        private Event next() {
            Event event = parser.next();
            event.getStartMark().ifPresent(mark -> last = mark);
            return event;
        }

        LocatedTree document() {
            next(); // the stream's start
            Event event = next();
            if (event.getEventId() == Event.ID.StreamEnd) {
                throw new DocumentProblemException(ProblemCode.SYNTAX_EMPTY, "the document is empty", 1, 1);
            }
            JsonNode root = root();
            next(); // the document's end
            event = next();
            if (event.getEventId() != Event.ID.StreamEnd) {
                throw located(ProblemCode.SYNTAX_MALFORMED, "a second YAML document starts here: a plan file holds "
                        + "one document (remove the second \"---\" or what follows the first document)", mark(event));
            }
            return tree.build(root);
        }

        /** Reads the document's root node, with everything in it. */
        private JsonNode root() {
            while (true) {
                Event event = next();
                Frame parent = open.peek();
                JsonNode done;
                int height;
                if (parent != null && parent.object != null && parent.key == null) {
                    if (event.getEventId() != Event.ID.MappingEnd) {
                        key(parent, event);
                        continue;
                    }
                    done = close();
                    height = parent.height;
                } else {
                    switch (event.getEventId()) {
                        case Scalar:
                            done = scalar((ScalarEvent) event, parent);
                            height = 0;
                            break;
                        case Alias: {
                            AliasEvent alias = (AliasEvent) event;
                            Mark mark = mark(alias);
                            Anchored anchored = anchored(alias, mark, this::nextPointer);
                            expand(alias, anchored, open.size(), mark, this::nextPointer);
                            place(parent, mark);
                            done = anchored.node.isContainer() ? anchored.node.deepCopy() : anchored.node;
                            height = anchored.height;
                            break;
                        }
                        case MappingStart:
                        case SequenceStart:
                            start((CollectionStartEvent) event, parent);
                            continue;
                        case SequenceEnd:
                            done = close();
                            height = parent.height;
                            break;
                        default:
                            throw located(ProblemCode.SYNTAX_MALFORMED, "unexpected " + event.getEventId(),
                                    mark(event));
                    }
                }
                Frame into = open.peek();
                if (into == null) {
                    return done;
                }
                into.add(done, height);
            }
        }

        private void start(CollectionStartEvent event, Frame parent) {
            boolean mapping = event.getEventId() == Event.ID.MappingStart;
            Mark mark = mark(event);
            Supplier<String> pointer = this::nextPointer;
            int depth = open.size() + 1;
            if (depth > limits.maxNestingDepth()) {
                throw located(ProblemCode.LIMIT_NESTING_DEPTH, "values nest deeper than the limit of "
                        + limits.maxNestingDepth() + " levels", mark, pointer);
            }
            if (event.getTag().isPresent()) {
                String tag = event.getTag().get();
                if (!tag.equals(mapping ? YamlScalars.MAP : YamlScalars.SEQ)) {
                    throw tagProblem(tag, mapping ? "a mapping" : "a sequence", mark, pointer);
                }
            }
            String token = parent == null ? null : parent.nextToken();
            Frame frame = new Frame(mapping ? NODES.objectNode() : null, mapping ? null : NODES.arrayNode(),
                    token, place(parent, mark), built, characters, anchor(event, null));
            built++;
            open.push(frame);
        }

        private JsonNode close() {
            Frame frame = open.pop();
            JsonNode node = frame.object != null ? frame.object : frame.array;
            if (frame.anchored != null) {
                frame.anchored.complete(node, built - frame.builtBefore, frame.height,
                        characters - frame.charactersBefore);
            }
            return node;
        }

        /** Registers a node's anchor, if it has one; a collection's is complete when it closes. */
        private Anchored anchor(NodeEvent event, JsonNode scalar) {
            if (event.getAnchor().isEmpty()) {
                return null;
            }
            Anchored anchored = new Anchored();
            if (scalar != null) {
                anchored.complete(scalar, 1, 0, ((ScalarEvent) event).getValue().length());
            }
            anchors.put(event.getAnchor().get().getValue(), anchored);
            return anchored;
        }

        private JsonNode scalar(ScalarEvent event, Frame parent) {
            Mark mark = mark(event);
            if (parent == null && event.isPlain() && event.getValue().isEmpty() && event.getTag().isEmpty()
                    && event.getAnchor().isEmpty()) {
                throw new DocumentProblemException(ProblemCode.SYNTAX_EMPTY, "the document is empty", 1, 1);
            }
            JsonNode node = value(event, mark, this::nextPointer);
            place(parent, mark);
            built++;
            characters += event.getValue().length();
            anchor(event, node);
            return node;
        }

        /** Returns the complete node an alias refers to. */
        private Anchored anchored(AliasEvent event, Mark mark, Supplier<String> pointer) {
            String name = event.getAlias().getValue();
            Anchored anchored = anchors.get(name);
            if (anchored == null) {
                throw located(ProblemCode.SYNTAX_MALFORMED, "the alias *" + name + " names no anchor (&" + name
                        + ") defined before it", mark, pointer);
            }
            if (anchored.node == null) {
                throw located(ProblemCode.SYNTAX_MALFORMED, "the alias *" + name + " is inside the node it refers to:"
                        + " a recursive structure has no JSON equivalent", mark, pointer);
            }
            return anchored;
        }

        /**
         * Counts the values an alias adds, at {@code depth} open collections, against the limits,
         * before anything is copied.
         */
        private void expand(AliasEvent event, Anchored anchored, int depth, Mark mark, Supplier<String> pointer) {
            String name = event.getAlias().getValue();
            if (aliased + anchored.size > limits.maxAliasExpansion()) {
                throw located(ProblemCode.LIMIT_YAML_ALIASES, "the alias *" + name + " would bring the values that "
                        + "aliases add to more than the limit of " + limits.maxAliasExpansion(), mark, pointer);
            }
            if (aliasedCharacters + anchored.characters > limits.maxAliasCharacters()) {
                throw located(ProblemCode.LIMIT_YAML_ALIASES, "the alias *" + name + " would bring the characters "
                        + "that aliases add to more than the limit of " + limits.maxAliasCharacters(), mark, pointer);
            }
            if (depth + anchored.height > limits.maxNestingDepth()) {
                throw located(ProblemCode.LIMIT_NESTING_DEPTH, "the alias *" + name + " makes values nest deeper than "
                        + "the limit of " + limits.maxNestingDepth() + " levels", mark, pointer);
            }
            aliased += anchored.size;
            built += anchored.size;
            aliasedCharacters += anchored.characters;
            characters += anchored.characters;
        }

        /** Reads a mapping's key, which must be a string that the mapping does not have yet. */
        private void key(Frame mapping, Event event) {
            Mark mark = mark(event);
            String key;
            switch (event.getEventId()) {
                case Scalar: {
                    ScalarEvent scalar = (ScalarEvent) event;
                    String surrogate = DocumentText.unpairedSurrogateMessage("the key", scalar.getValue());
                    if (surrogate != null) {
                        throw located(ProblemCode.SYNTAX_MALFORMED, surrogate, mark, () -> framePointer() + "/"
                                + Pointers.escape(DocumentText.asWritten(scalar.getValue())));
                    }
                    JsonNode node = value(scalar, mark, this::framePointer);
                    if (!node.isString()) {
                        throw located(ProblemCode.SYNTAX_MALFORMED, "a key must be a string, but "
                                + (scalar.getValue().isEmpty() ? "this key is empty (null)" : "the key "
                                + ShownValue.of(scalar.getValue()) + " is " + describe(node) + ": quote it"),
                                mark, this::framePointer);
                    }
                    anchor(scalar, node);
                    key = node.asString();
                    characters += key.length();
                    break;
                }
                case Alias: {
                    AliasEvent alias = (AliasEvent) event;
                    Anchored anchored = anchored(alias, mark, this::framePointer);
                    if (!anchored.node.isString()) {
                        throw located(ProblemCode.SYNTAX_MALFORMED, "a key must be a string, but the alias *"
                                + alias.getAlias().getValue() + " is " + describe(anchored.node), mark,
                                this::framePointer);
                    }
                    expand(alias, anchored, 0, mark, this::framePointer);
                    key = anchored.node.asString();
                    break;
                }
                case MappingStart:
                case SequenceStart:
                    throw located(ProblemCode.SYNTAX_MALFORMED, "a key must be a string, not "
                            + (event.getEventId() == Event.ID.MappingStart ? "a mapping" : "a sequence"), mark,
                            this::framePointer);
                default:
                    throw located(ProblemCode.SYNTAX_MALFORMED, "unexpected " + event.getEventId(), mark);
            }
            if (mapping.object.has(key)) {
                throw located(ProblemCode.SYNTAX_DUPLICATE_KEY, "the key " + ShownValue.of(key) + " appears twice in this mapping",
                        mark, () -> framePointer() + "/" + Pointers.escape(key));
            }
            mapping.key = key;
        }

        /** Resolves a scalar by its tag or, untagged, by its style and the core schema. */
        private JsonNode value(ScalarEvent event, Mark mark, Supplier<String> pointer) {
            String value = event.getValue();
            Optional<String> tag = event.getTag();
            if (tag.isEmpty()) {
                return event.isPlain() ? plain(value, mark, pointer) : string(value, mark, pointer);
            }
            YamlScalars.Kind kind = YamlScalars.resolvePlain(value);
            switch (tag.get()) {
                case YamlScalars.STR:
                    return string(value, mark, pointer);
                case YamlScalars.INT:
                    if (kind == YamlScalars.Kind.DECIMAL_INT || kind == YamlScalars.Kind.OCTAL_INT
                            || kind == YamlScalars.Kind.HEX_INT) {
                        return plain(value, mark, pointer);
                    }
                    throw located(ProblemCode.SYNTAX_MALFORMED, ShownValue.of(value) + " tagged !!int is not an integer",
                            mark, pointer);
                case YamlScalars.FLOAT:
                    if (kind == YamlScalars.Kind.FLOAT || kind == YamlScalars.Kind.DECIMAL_INT
                            || kind == YamlScalars.Kind.INFINITY || kind == YamlScalars.Kind.NOT_A_NUMBER) {
                        return kind == YamlScalars.Kind.DECIMAL_INT ? decimal(value, mark, pointer)
                                : plain(value, mark, pointer);
                    }
                    throw located(ProblemCode.SYNTAX_MALFORMED, ShownValue.of(value) + " tagged !!float is not a number",
                            mark, pointer);
                case YamlScalars.BOOL:
                    if (kind == YamlScalars.Kind.TRUE || kind == YamlScalars.Kind.FALSE) {
                        return NODES.booleanNode(kind == YamlScalars.Kind.TRUE);
                    }
                    throw located(ProblemCode.SYNTAX_MALFORMED, ShownValue.of(value) + " tagged !!bool is not true or false",
                            mark, pointer);
                case YamlScalars.NULL:
                    if (kind == YamlScalars.Kind.NULL) {
                        return NODES.nullNode();
                    }
                    throw located(ProblemCode.SYNTAX_MALFORMED, ShownValue.of(value) + " tagged !!null is not null", mark,
                            pointer);
                default:
                    throw tagProblem(tag.get(), "a scalar", mark, pointer);
            }
        }

        private JsonNode plain(String value, Mark mark, Supplier<String> pointer) {
            YamlScalars.Kind kind = YamlScalars.resolvePlain(value);
            switch (kind) {
                case NULL:
                    return NODES.nullNode();
                case TRUE:
                    return NODES.booleanNode(true);
                case FALSE:
                    return NODES.booleanNode(false);
                case DECIMAL_INT:
                    return integer(value, value, 10, mark, pointer);
                case OCTAL_INT:
                    return integer(value, value.substring(2), 8, mark, pointer);
                case HEX_INT:
                    return integer(value, value.substring(2), 16, mark, pointer);
                case FLOAT:
                    return decimal(value, mark, pointer);
                case INFINITY:
                case NOT_A_NUMBER:
                    throw located(ProblemCode.SYNTAX_MALFORMED, ShownValue.of(value) + " is "
                            + (kind == YamlScalars.Kind.INFINITY ? "an infinity" : "not a number")
                            + ", which JSON cannot hold (quote it if it is meant as text)", mark, pointer);
                default:
                    return string(value, mark, pointer);
            }
        }

        /**
         * Reads an integer, limited by its value whatever its notation: a decimal one by its
         * characters, as in JSON; a hexadecimal or octal one by the decimal digits of its value
         * ({@code 0x} and 85 hexadecimal digits make 103), after a bound on its significant
         * digits that no value within the limit exceeds, so that nothing long is converted.
         */
        private JsonNode integer(String text, String digits, int radix, Mark mark, Supplier<String> pointer) {
            if (radix == 10) {
                checkNumberLength(text, mark, pointer);
            } else {
                int zeros = 0;
                while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
                    zeros++;
                }
                // 16^L and 8^(2L) both exceed 10^L: more significant digits than that is too many
                long most = radix == 16 ? limits.maxNumberLength() : 2L * limits.maxNumberLength();
                if (digits.length() - zeros > most) {
                    throw located(ProblemCode.LIMIT_NUMBER_LENGTH, "a number of " + (digits.length() - zeros)
                            + (radix == 16 ? " hexadecimal" : " octal") + " digits has more digits written out in "
                            + "full than the limit of " + limits.maxNumberLength(), mark, pointer);
                }
            }
            BigInteger value = new BigInteger(digits, radix);
            long written = JsonTreeReader.writtenDigits(new BigDecimal(value));
            if (written > limits.maxNumberLength()) {
                throw located(ProblemCode.LIMIT_NUMBER_LENGTH,
                        JsonTreeReader.numberTooLong(written, limits.maxNumberLength()), mark, pointer);
            }
            if (value.bitLength() < Integer.SIZE) {
                return NODES.numberNode(value.intValue());
            }
            return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
        }

        private JsonNode decimal(String text, Mark mark, Supplier<String> pointer) {
            checkNumberLength(text, mark, pointer);
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw located(ProblemCode.SYNTAX_MALFORMED, "the number " + text + " is out of range", mark, pointer);
            }
            long digits = JsonTreeReader.writtenDigits(value);
            if (digits > limits.maxNumberLength()) {
                throw located(ProblemCode.LIMIT_NUMBER_LENGTH,
                        JsonTreeReader.numberTooLong(digits, limits.maxNumberLength()), mark, pointer);
            }
            return NODES.numberNode(value);
        }

        private void checkNumberLength(String text, Mark mark, Supplier<String> pointer) {
            if (text.length() > limits.maxNumberLength()) {
                throw located(ProblemCode.LIMIT_NUMBER_LENGTH,
                        JsonTreeReader.numberTooManyCharacters(text.length(), limits.maxNumberLength()), mark, pointer);
            }
        }

        private JsonNode string(String value, Mark mark, Supplier<String> pointer) {
            if (value.length() > limits.maxStringLength()) {
                throw located(ProblemCode.LIMIT_STRING_LENGTH, "a string of " + value.length()
                        + " characters is longer than the limit of " + limits.maxStringLength(), mark, pointer);
            }
            String surrogate = DocumentText.unpairedSurrogateMessage("the string", value);
            if (surrogate != null) {
                throw located(ProblemCode.SYNTAX_MALFORMED, surrogate, mark, pointer);
            }
            return NODES.stringNode(value);
        }

        private Mark mark(Event event) {
            return event.getStartMark().orElse(last);
        }

        /** Records where the value that comes next in {@code parent} (or the root) starts. */
        private LocatedTree.Location place(Frame parent, Mark mark) {
            long line = mark.getLine() + 1L;
            long column = mark.getColumn() + 1L;
            if (parent == null) {
                return tree.root(line, column);
            }
            return parent.object != null ? tree.property(parent.location, parent.key, line, column)
                    : tree.item(parent.location, line, column);
        }

        /**
         * Returns the JSON pointer of the innermost open collection. Pointers are only made for
         * problems: a pointer repeats every key above its value, so one per value could cost
         * memory quadratic in the document's size.
         */
        private String framePointer() {
            StringBuilder pointer = new StringBuilder();
            for (Iterator<Frame> frames = open.descendingIterator(); frames.hasNext(); ) {
                Frame frame = frames.next();
                if (frame.token != null) {
                    pointer.append('/').append(frame.token);
                }
            }
            return pointer.toString();
        }

        /**
         * Returns the JSON pointer of where the parser is: the value that comes next or, while a
         * mapping awaits a key, the mapping.
         */
        String pointerHere() {
            Frame parent = open.peek();
            return parent != null && parent.object != null && parent.key == null ? framePointer() : nextPointer();
        }

        /** Returns the JSON pointer of the value that comes next. */
        private String nextPointer() {
            Frame parent = open.peek();
            return parent == null ? "" : framePointer() + "/" + parent.nextToken();
        }
    }

    /** A mapping or sequence being read. */
    private static final class Frame {
        final ObjectNode object;
        final ArrayNode array;
        /** This collection's reference token in its parent's JSON pointer; null for the root. */
        final String token;
        final LocatedTree.Location location;
        final long builtBefore;
        final long charactersBefore;
        final Anchored anchored;
        /** 1 for a collection of scalars, more for nested collections. */
        int height = 1;
        /** The key whose value comes next, in a mapping; null while a key is awaited. */
        String key;

        Frame(ObjectNode object, ArrayNode array, String token, LocatedTree.Location location, long builtBefore,
                long charactersBefore, Anchored anchored) {
            this.object = object;
            this.array = array;
            this.token = token;
            this.location = location;
            this.builtBefore = builtBefore;
            this.charactersBefore = charactersBefore;
            this.anchored = anchored;
        }

        /** The reference token of the value that comes next in this collection. */
        String nextToken() {
            return object != null ? Pointers.escape(key) : String.valueOf(array.size());
        }

        void add(JsonNode value, int valueHeight) {
            if (object != null) {
                object.set(key, value);
                key = null;
            } else {
                array.add(value);
            }
            height = Math.max(height, valueHeight + 1);
        }
    }

    /** An anchored node: incomplete (null) until its collection closes. */
    private static final class Anchored {
        JsonNode node;
        long size;
        int height;
        /** The characters of the scalars and keys in the node. */
        long characters;

        void complete(JsonNode node, long size, int height, long characters) {
            this.node = node;
            this.size = size;
            this.height = height;
            this.characters = characters;
        }
    }

    private static String describe(JsonNode node) {
        if (node.isNull()) {
            return "null";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return node.isNumber() ? "a number" : "not a string";
    }

    private static DocumentProblemException tagProblem(String tag, String what, Mark mark, Supplier<String> pointer) {
        String shown = YamlScalars.display(tag);
        boolean standard = tag.equals(YamlScalars.MAP) || tag.equals(YamlScalars.SEQ) || tag.equals(YamlScalars.STR)
                || tag.equals(YamlScalars.INT) || tag.equals(YamlScalars.FLOAT) || tag.equals(YamlScalars.BOOL)
                || tag.equals(YamlScalars.NULL);
        String message = standard
                ? "the tag " + shown + " cannot be given to " + what
                : "the tag " + shown + " is not allowed: plan documents use only the standard tags !!str, !!int, "
                        + "!!float, !!bool, !!null, !!map and !!seq";
        return located(ProblemCode.SYNTAX_YAML_TAG, message, mark, pointer);
    }

    private static DocumentProblemException located(ProblemCode code, String message, Mark mark) {
        return located(code, message, mark, () -> "");
    }

    private static DocumentProblemException located(ProblemCode code, String message, Mark mark,
            Supplier<String> pointer) {
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        return new DocumentProblemException(
                Problem.of(code, message, pointer.get(), Math.max(1, line), Math.max(1, column)));
    }
}
