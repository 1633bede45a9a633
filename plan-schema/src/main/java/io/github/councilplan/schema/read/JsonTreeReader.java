package io.github.councilplan.schema.read;

import io.github.councilplan.model.message.ShownValue;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.ValidationLimits;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON document into a {@link LocatedTree} in one pass with Jackson's streaming parser,
 * under the {@link ValidationLimits}: duplicate keys, trailing content and oversized values are
 * errors, and numbers are kept exactly. The bytes are decoded first ({@link DocumentText}), as
 * the YAML reader decodes them, so that columns count characters. Thread-safe: the factory is immutable and each call has
 * its own parser.
 */
public final class JsonTreeReader implements TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TokenStreamFactory factory;
    private final int maxNumberLength;

    /**
     * Creates a JSON reader under the reading limits of {@code limits}.
     *
     * @param limits the limits, not null
     */
    public JsonTreeReader(ValidationLimits limits) {
        // duplicate keys are found while the tree is built, not by the parser, to locate the key
        this(JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .build());
    }

    JsonTreeReader(TokenStreamFactory factory) {
        this.factory = factory;
        this.maxNumberLength = factory.streamReadConstraints().getMaxNumberLength();
    }

    /**
     * Returns Jackson's read constraints for the given limits, as this reader and the validator's
     * fast path both read under them.
     *
     * @param limits the limits, not null
     * @return the constraints, not null
     */
    public static StreamReadConstraints constraints(ValidationLimits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxDocumentBytes())
                .build();
    }

    /**
     * Parses a whole document.
     *
     * @throws DocumentProblemException for an empty or malformed document or an exceeded limit,
     *     located where the fault is
     */
    @Override
    public LocatedTree read(byte[] document) {
        // decoded here, strictly, rather than by the parser, which lets overlong UTF-8 through and
        // counts columns in bytes
        String text = DocumentText.decode(document);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
            try {
                return tree(parser, text);
            } catch (StreamConstraintsException e) {
                ProblemCode code = limitCode(e.getOriginalMessage());
                if (code == ProblemCode.LIMIT_NUMBER_LENGTH) {
                    TokenStreamLocation at = e.getLocation();
                    throw numberOverTheLimit(parser, text,
                            at == null || at.getLineNr() < 1 ? parser.currentLocation() : at);
                }
                throw located(code, e, parser);
            } catch (StreamReadException e) {
                throw located(ProblemCode.SYNTAX_MALFORMED, e, parser);
            } catch (JacksonIOException e) {
                // bytes that do not decode in the detected encoding, such as an invalid UTF-32 character
                throw located(ProblemCode.SYNTAX_MALFORMED, e, parser);
            }
        } catch (StreamReadException | JacksonIOException e) {
            // the parser could not even start (an undetectable or undecodable encoding)
            throw located(ProblemCode.SYNTAX_MALFORMED, e, null);
        }
    }

    private LocatedTree tree(JsonParser parser, String text) {
        LocatedTree.Builder tree = new LocatedTree.Builder();
        if (parser.nextToken() == null) {
            throw new DocumentProblemException(ProblemCode.SYNTAX_EMPTY, "the document is empty", 1, 1);
        }
        TokenStreamLocation start = parser.currentTokenLocation();
        JsonNode root = value(parser, tree.root(start.getLineNr(), start.getColumnNr()), tree, text);
        if (parser.nextToken() != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            throw new DocumentProblemException(ProblemCode.SYNTAX_MALFORMED,
                    "content follows the end of the document", at.getLineNr(), at.getColumnNr());
        }
        return tree.build(root);
    }

    /**
     * Returns how many digits a number has written out in full, without an exponent: a short
     * number such as {@code 1e100000000} stands for a hundred million digits, which the model, or
     * whatever writes the number out, would spend minutes and gigabytes on.
     *
     * @param value the number, not null
     * @return its digits written out in full, 1 or more
     */
    public static long writtenDigits(BigDecimal value) {
        long precision = value.precision();
        long scale = value.scale();
        return scale <= 0 ? precision - scale : Math.max(precision, scale + 1);
    }

    /** The message of a number with more digits written out than the limit. */
    static String numberTooLong(long digits, int limit) {
        return "a number of " + digits + " digits written out in full is longer than the limit of " + limit;
    }

    /** The message of a number written with more characters than the limit. */
    static String numberTooManyCharacters(long characters, int limit) {
        return "a number of " + characters + " characters is longer than the limit of " + limit;
    }

    /**
     * Refuses a number of more characters than the limit, its sign included, as the YAML reader
     * does (the parser's own limit counts the digits of an integer only).
     */
    private void checkNumberLength(JsonParser parser) {
        int length = parser.getStringLength();
        if (length > maxNumberLength) {
            TokenStreamLocation start = parser.currentTokenLocation();
            throw located(ProblemCode.LIMIT_NUMBER_LENGTH, numberTooManyCharacters(length, maxNumberLength),
                    pointer(parser), start.getLineNr(), start.getColumnNr());
        }
    }

    /**
     * Locates a number the parser refused as longer than its limit at the number's start, with its
     * whole length, as {@link #checkNumberLength} does for a number the parser let through. The
     * parser stops somewhere inside the number, where its buffer happened to fill (which depends
     * on the buffers the thread had recycled before), so neither where it stops nor the length it
     * read so far is the same from one reading of a document to the next.
     *
     * @param at where the parser stopped, inside the number
     */
    private DocumentProblemException numberOverTheLimit(JsonParser parser, String text, TokenStreamLocation at) {
        int stop = (int) Math.max(0, Math.min(text.length(), at.getCharOffset()));
        int start = stop;
        while (start > 0 && isNumberCharacter(text.charAt(start - 1))) {
            start--;
        }
        int end = stop;
        while (end < text.length() && isNumberCharacter(text.charAt(end))) {
            end++;
        }
        // a number holds no line break, so its start is on the line where the parser stopped
        long column = Math.max(1, at.getColumnNr() - (stop - start));
        return located(ProblemCode.LIMIT_NUMBER_LENGTH, numberTooManyCharacters(end - start, maxNumberLength),
                pointer(parser), at.getLineNr(), column);
    }

    /** Whether a character can be part of a JSON number. */
    private static boolean isNumberCharacter(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    }

    /** Chooses the limit code for a Jackson constraint message. */
    static ProblemCode limitCode(String message) {
        String lower = message.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nesting depth")) {
            return ProblemCode.LIMIT_NESTING_DEPTH;
        }
        if (lower.contains("number value length")) {
            return ProblemCode.LIMIT_NUMBER_LENGTH;
        }
        if (lower.contains("document length")) {
            return ProblemCode.LIMIT_DOCUMENT_SIZE;
        }
        return ProblemCode.LIMIT_STRING_LENGTH;
    }

    /**
     * Turns a parser exception into a located problem: where the parser found the fault, or, for a
     * string read after its token (the parser reads strings lazily), where the string starts, as
     * in YAML. A limit problem also gets the JSON pointer of the value the parser was reading, as
     * the YAML reader gives; other syntax problems have the empty pointer.
     */
    static DocumentProblemException located(ProblemCode code, JacksonException e, JsonParser parser) {
        boolean atAValue = code.code().startsWith("limit.") && parser != null;
        return located(code, e, parser, atAValue ? pointer(parser) : "");
    }

    /** As {@link #located(ProblemCode, JacksonException, JsonParser)}, with the pointer given. */
    private static DocumentProblemException located(ProblemCode code, JacksonException e, JsonParser parser,
            String pointer) {
        boolean atAValue = code.code().startsWith("limit.");
        TokenStreamLocation at = atAValue && parser != null && parser.currentToken() == JsonToken.VALUE_STRING
                ? parser.currentTokenLocation() : e.getLocation();
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            at = parser.currentLocation();
        }
        long line = at == null ? 1 : at.getLineNr();
        long column = at == null ? 1 : at.getColumnNr();
        String message = e.getOriginalMessage();
        if (message == null) {
            message = code.meaning();
        }
        int sourceNote = message.indexOf(" (start marker at");
        return located(code, sourceNote < 0 ? message : message.substring(0, sourceNote), pointer, line, column);
    }

    private static DocumentProblemException located(ProblemCode code, String message, String pointer, long line,
            long column) {
        return new DocumentProblemException(Problem.of(code, message, pointer,
                (int) Math.max(1, Math.min(line, Integer.MAX_VALUE)), (int) Math.max(1, Math.min(column, Integer.MAX_VALUE))));
    }

    /**
     * Moves to an object's next property name, locating a name over the limit at the object, as
     * the YAML reader does: the name is not known, and the parser's context still names the
     * property before it. A name the parser refuses for an escape that makes half a surrogate
     * pair ({@link #brokenName}) is located under the pointer the document wrote.
     */
    private JsonToken nextName(JsonParser parser, String text) {
        long from = parser.currentLocation().getCharOffset();
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            ProblemCode code = limitCode(e.getOriginalMessage());
            if (code != ProblemCode.LIMIT_STRING_LENGTH) {
                throw e;
            }
            throw located(code, e, parser, parser.streamReadContext().getParent().pathAsPointer().toString());
        } catch (StreamReadException e) {
            String message = e.getOriginalMessage();
            if (message == null || !message.contains("surrogate")) {
                throw e;
            }
            throw brokenName(parser, text, from, e);
        }
    }

    /**
     * Locates a property name holding an escape that is half of a surrogate pair, which the
     * parser refuses before giving the name: the name is read again from the text, as a string
     * value (which the parser does not check), after the token before it ends at {@code from}.
     */
    private DocumentProblemException brokenName(JsonParser parser, String text, long from, StreamReadException e) {
        // the object's pointer: its context still names the property before this one
        String object = parser.streamReadContext().getParent().pathAsPointer().toString();
        int start = (int) Math.max(0, Math.min(text.length(), from));
        while (start < text.length() && text.charAt(start) != '"') {
            start++;
        }
        int end = start + 1;
        while (end < text.length() && text.charAt(end) != '"') {
            end += text.charAt(end) == '\\' ? 2 : 1;
        }
        String name = null;
        if (end < text.length()) {
            try (JsonParser again = factory.createParser(ObjectReadContext.empty(), text.substring(start, end + 1))) {
                name = again.nextToken() == JsonToken.VALUE_STRING ? again.getString() : null;
            } catch (JacksonException notAString) {
                name = null;
            }
        }
        if (name == null || DocumentText.unpairedSurrogate(name) < 0) {
            return located(ProblemCode.SYNTAX_MALFORMED, e, parser);
        }
        int[] at = DocumentText.position(text, text.codePointCount(0, start));
        return located(ProblemCode.SYNTAX_MALFORMED, DocumentText.unpairedSurrogateMessage("the key", name),
                object + "/" + Pointers.escape(DocumentText.asWritten(name)), at[0], at[1]);
    }

    /** Returns the JSON pointer of the value the parser is at. */
    private static String pointer(JsonParser parser) {
        return parser.streamReadContext().pathAsPointer().toString();
    }

    private JsonNode value(JsonParser parser, LocatedTree.Location at, LocatedTree.Builder tree, String text) {
        switch (parser.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (nextName(parser, text) == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    TokenStreamLocation key = parser.currentTokenLocation();
                    String surrogate = DocumentText.unpairedSurrogateMessage("the key", name);
                    if (surrogate != null) {
                        throw located(ProblemCode.SYNTAX_MALFORMED, surrogate, parser.streamReadContext().getParent()
                                .pathAsPointer() + "/" + Pointers.escape(DocumentText.asWritten(name)),
                                key.getLineNr(), key.getColumnNr());
                    }
                    if (object.has(name)) {
                        throw located(ProblemCode.SYNTAX_DUPLICATE_KEY, "the key " + ShownValue.of(name)
                                + " appears twice in this object", pointer(parser), key.getLineNr(), key.getColumnNr());
                    }
                    parser.nextToken();
                    TokenStreamLocation start = parser.currentTokenLocation();
                    LocatedTree.Location child = tree.property(at, name, start.getLineNr(), start.getColumnNr());
                    object.set(name, value(parser, child, tree, text));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    TokenStreamLocation start = parser.currentTokenLocation();
                    array.add(value(parser, tree.item(at, start.getLineNr(), start.getColumnNr()), tree, text));
                }
                return array;
            }
            case VALUE_STRING: {
                TokenStreamLocation start = parser.currentTokenLocation();
                String string;
                try {
                    string = parser.getString();
                } catch (StreamReadException e) {
                    String message = e.getOriginalMessage();
                    if (message == null || !message.contains("surrogate")) {
                        throw e;
                    }
                    // the string holds half a surrogate pair followed by an escape that is not the other half
                    throw located(ProblemCode.SYNTAX_MALFORMED, "the string holds an escape that is half of a "
                            + "surrogate pair without its other half, which is not a character (" + message + ")",
                            pointer(parser), start.getLineNr(), start.getColumnNr());
                }
                String surrogate = DocumentText.unpairedSurrogateMessage("the string", string);
                if (surrogate != null) {
                    throw located(ProblemCode.SYNTAX_MALFORMED, surrogate, pointer(parser), start.getLineNr(),
                            start.getColumnNr());
                }
                return NODES.stringNode(string);
            }
            case VALUE_NUMBER_INT:
                checkNumberLength(parser);
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT: {
                checkNumberLength(parser);
                BigDecimal value;
                try {
                    value = parser.getDecimalValue();
                } catch (NumberFormatException e) {
                    // an exponent beyond what BigDecimal holds, such as 1e-2147483649
                    TokenStreamLocation start = parser.currentTokenLocation();
                    throw located(ProblemCode.LIMIT_NUMBER_LENGTH, "the number's exponent is out of range",
                            pointer(parser), start.getLineNr(), start.getColumnNr());
                }
                long digits = writtenDigits(value);
                if (digits > maxNumberLength) {
                    TokenStreamLocation start = parser.currentTokenLocation();
                    throw located(ProblemCode.LIMIT_NUMBER_LENGTH, numberTooLong(digits, maxNumberLength),
                            pointer(parser), start.getLineNr(), start.getColumnNr());
                }
                return NODES.numberNode(value);
            }
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + parser.currentToken());
        }
    }
}
