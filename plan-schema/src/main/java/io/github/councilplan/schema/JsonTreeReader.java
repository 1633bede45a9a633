package io.github.councilplan.schema;

import java.io.ByteArrayInputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
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
 * errors, and numbers are kept exactly. Thread-safe: the factory is immutable and each call has
 * its own parser.
 */
final class JsonTreeReader implements TreeReader {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TokenStreamFactory factory;

    JsonTreeReader(ValidationLimits limits) {
        this(JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(constraints(limits))
                .build());
    }

    JsonTreeReader(TokenStreamFactory factory) {
        this.factory = factory;
    }

    static StreamReadConstraints constraints(ValidationLimits limits) {
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
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(document))) {
            try {
                return tree(parser);
            } catch (StreamConstraintsException e) {
                throw located(limitCode(e.getOriginalMessage()), e, parser);
            } catch (StreamReadException e) {
                String message = e.getOriginalMessage();
                throw located(message != null && message.startsWith("Duplicate Object property")
                        ? ProblemCode.SYNTAX_DUPLICATE_KEY : ProblemCode.SYNTAX_MALFORMED, e, parser);
            } catch (JacksonIOException e) {
                // bytes that do not decode in the detected encoding, such as an invalid UTF-32 character
                throw located(ProblemCode.SYNTAX_MALFORMED, e, parser);
            }
        } catch (StreamReadException e) {
            // the parser could not even start (an undetectable encoding)
            throw located(ProblemCode.SYNTAX_MALFORMED, e, null);
        } catch (JacksonIOException e) {
            // bytes that do not decode in the detected encoding, such as an invalid UTF-32 character
            throw located(ProblemCode.SYNTAX_MALFORMED, e, null);
        }
    }

    private static LocatedTree tree(JsonParser parser) {
        LocatedTree.Builder tree = new LocatedTree.Builder();
        if (parser.nextToken() == null) {
            throw new DocumentProblemException(ProblemCode.SYNTAX_EMPTY, "the document is empty", 1, 1);
        }
        JsonNode root = value(parser, "", tree);
        if (parser.nextToken() != null) {
            TokenStreamLocation at = parser.currentTokenLocation();
            throw new DocumentProblemException(ProblemCode.SYNTAX_MALFORMED,
                    "content follows the end of the document", at.getLineNr(), at.getColumnNr());
        }
        return tree.build(root);
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
     * Turns a parser exception into a located problem, at the exception's location or, where it
     * has none, at the parser's.
     */
    static DocumentProblemException located(ProblemCode code, JacksonException e, JsonParser parser) {
        TokenStreamLocation at = e.getLocation();
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
        return new DocumentProblemException(
                code, sourceNote < 0 ? message : message.substring(0, sourceNote), line, column);
    }

    private static JsonNode value(JsonParser parser, String pointer, LocatedTree.Builder tree) {
        TokenStreamLocation start = parser.currentTokenLocation();
        tree.at(pointer, start.getLineNr(), start.getColumnNr());
        switch (parser.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.set(name, value(parser, pointer + "/" + LocatedTree.escape(name), tree));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser, pointer + "/" + index++, tree));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + parser.currentToken() + " at " + pointer);
        }
    }
}
