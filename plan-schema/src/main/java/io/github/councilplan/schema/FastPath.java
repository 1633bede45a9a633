package io.github.councilplan.schema;

import io.github.councilplan.model.Plan;
import io.github.councilplan.schema.read.JsonTreeReader;
import io.github.councilplan.schema.rules.DocumentNode;
import io.github.councilplan.schema.rules.PlanRules;
import io.github.councilplan.model.json.PlanJson;
import java.math.BigDecimal;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;

/**
 * The way a valid JSON document is validated: without a tree, without the schema library and
 * without locating anything, since there is nothing to locate. A document passes when it is
 * strictly UTF-8; when one streaming pass over its tokens finds it well-formed, within every
 * limit and free of what the readers refuse (a number too long written out in full, an unpaired
 * surrogate); when it binds to the model, which is as strict as the schema and refuses a
 * duplicate key;
 * and when the plan rules, read over the model ({@link DocumentNode#ofModel}), find nothing at
 * all, and the plan declares no extension (whose data only the full check checks against the
 * extension's schema). Anything else, even a warning, and the validator checks the document the full way, which
 * reports every problem located. So the fast path only decides that a document is valid with no
 * problem; every other verdict is the full check's.
 *
 * <p>Instances are immutable and thread-safe.
 */
final class FastPath {
    private final TokenStreamFactory factory;
    private final int maxNumberLength;
    private final int maxStringLength;

    FastPath(ValidationLimits limits) {
        // no duplicate detection here: the binding that follows refuses a duplicate key anywhere (PlanJson's
        // parser detects them), and detecting them twice cost a set of names for every object of the document
        this.factory = JsonFactory.builder()
                .streamReadConstraints(JsonTreeReader.constraints(limits))
                .build();
        this.maxNumberLength = limits.maxNumberLength();
        this.maxStringLength = limits.maxStringLength();
    }

    /**
     * Reads a JSON document the fast way, up to the model: strictly UTF-8, one streaming pass over
     * its tokens, then bound to the model. The document's bytes are not needed after this, so a
     * caller that can read them again (from a file) need not hold them while the rules run.
     *
     * @return the plan, when the document reads and binds; empty when the full check must decide
     */
    Optional<Plan> bind(byte[] document) {
        if (!StrictUtf8.isStrictWithoutNul(document) || !tokensPass(document)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(PlanJson.standard().read(document));
        } catch (JacksonException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * Checks the plan rules over a plan {@link #bind bound} the fast way.
     *
     * @return true when the rules find no problem of any severity and the plan declares no
     *     extension; false when the full check must decide
     */
    boolean rulesPass(Plan plan) {
        if (!plan.extensionsUsed().isEmpty()) {
            // declared extensions are checked against their schemas over the located tree only
            return false;
        }
        boolean[] reported = {false};
        PlanRules.check(DocumentNode.ofModel(plan), (code, pointer, message, related) -> reported[0] = true);
        return !reported[0];
    }

    /** One streaming pass over the document's tokens, checking what the JSON reader checks. */
    private boolean tokensPass(byte[] document) {
        // strictly UTF-8 text holds a surrogate only as a pair, or through an escape (backslash, u, D8 to DF)
        boolean escapedSurrogates = escapesSurrogates(document);
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), document)) {
            // a plan is an object: anything else (even JSON null, which binds to no plan) is the full check's
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                switch (token) {
                    case START_OBJECT:
                    case START_ARRAY:
                        depth++;
                        break;
                    case END_OBJECT:
                    case END_ARRAY:
                        depth--;
                        break;
                    case PROPERTY_NAME:
                        if (parser.currentName().length() > maxStringLength
                                || escapedSurrogates && hasUnpairedSurrogate(parser.currentName())) {
                            return false;
                        }
                        break;
                    case VALUE_STRING:
                        // the parser checks a string's length only when the string is made: check it here
                        if (parser.getStringLength() > maxStringLength
                                || escapedSurrogates && hasUnpairedSurrogate(parser.getString())) {
                            return false;
                        }
                        break;
                    case VALUE_NUMBER_INT:
                        if (parser.getStringLength() > maxNumberLength) {
                            return false;
                        }
                        break;
                    case VALUE_NUMBER_FLOAT:
                        if (parser.getStringLength() > maxNumberLength || !floatPasses(parser)) {
                            return false;
                        }
                        break;
                    default:
                        break;
                }
            } while (depth > 0 && parser.nextToken() != null);
            return depth == 0 && parser.nextToken() == null;
        } catch (JacksonException e) {
            return false;
        }
    }

    private boolean floatPasses(JsonParser parser) {
        try {
            BigDecimal value = parser.getDecimalValue();
            return JsonTreeReader.writtenDigits(value) <= maxNumberLength;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Tells whether the bytes hold an escape of a surrogate: a backslash, {@code u} and D800 to DFFF in hex. */
    static boolean escapesSurrogates(byte[] document) {
        for (int i = 0; i + 2 < document.length; i++) {
            if (document[i] == '\\' && document[i + 1] == 'u') {
                byte high = document[i + 2];
                if ((high == 'd' || high == 'D') && i + 3 < document.length) {
                    byte next = document[i + 3];
                    if (next >= '8' && next <= '9' || next >= 'a' && next <= 'f' || next >= 'A' && next <= 'F') {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Tells whether a string holds a surrogate that is not half of a pair. */
    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
