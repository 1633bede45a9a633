package io.github.councilplan.schema;

import io.github.councilplan.schema.read.JsonTreeReader;
import java.math.BigDecimal;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that checks each token as the binding reads it, for what the locating reader refuses
 * and the binding alone would accept: a name or string longer than the limit (the parser checks a
 * string's length only when it makes the string), a number written out longer than the limit, and
 * a surrogate that an escape leaves unpaired. A name repeated in its object is the binding's to
 * refuse ({@link io.github.councilplan.model.json.PlanJson#tryRead} refuses one in every object it
 * reads), which costs it less than any check here or the parser's own, which makes a set per
 * object. So the fast path reads the document once: the
 * binding pulls its tokens through this parser instead of a separate pass over them first.
 *
 * <p>A refused token ends the binding with a {@link StreamReadException}, and {@link #refused()}
 * tells that it was this parser's check, not the binding, that refused. Every way a binding moves
 * to the next token comes through {@link #nextToken()} or is checked alike; skipping children reads
 * them token by token, so that nothing is skipped unchecked.
 *
 * <p>Not thread-safe, as no parser is: one instance reads one document.
 */
final class CheckedTokens extends JsonParserDelegate {
    private final int maxStringLength;
    private final int maxNumberLength;
    private final boolean escapedSurrogates;
    private boolean refused;

    /**
     * Wraps a parser.
     *
     * @param parser the parser of the document, not null
     * @param limits the limits whose string and number lengths are checked, not null
     * @param escapedSurrogates whether the document escapes a surrogate anywhere
     *     ({@link StrictUtf8#scan}), so that strings must be looked at for unpaired ones; when
     *     false, strictly UTF-8 text holds none
     */
    CheckedTokens(JsonParser parser, ValidationLimits limits, boolean escapedSurrogates) {
        super(parser);
        this.maxStringLength = limits.maxStringLength();
        this.maxNumberLength = limits.maxNumberLength();
        this.escapedSurrogates = escapedSurrogates;
    }

    /**
     * Tells whether this parser refused a token.
     *
     * @return true when a check of this parser ended the reading
     */
    boolean refused() {
        return refused;
    }

    @Override
    public JsonToken nextToken() {
        return checked(delegate.nextToken());
    }

    @Override
    public JsonToken nextValue() {
        return checked(delegate.nextValue());
    }

    @Override
    public String nextName() {
        String name = delegate.nextName();
        if (name != null) {
            checked(JsonToken.PROPERTY_NAME);
        } else {
            checked(delegate.currentToken());
        }
        return name;
    }

    @Override
    public boolean nextName(SerializableString expected) {
        boolean matches = delegate.nextName(expected);
        checked(delegate.currentToken());
        return matches;
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        int match = delegate.nextNameMatch(matcher);
        checked(delegate.currentToken());
        return match;
    }

    @Override
    public JsonParser skipChildren() {
        JsonToken token = delegate.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            int depth = 1;
            while (depth > 0) {
                JsonToken next = nextToken();
                if (next == null) {
                    break;
                }
                if (next.isStructStart()) {
                    depth++;
                } else if (next.isStructEnd()) {
                    depth--;
                }
            }
        }
        return this;
    }

    private JsonToken checked(JsonToken token) {
        if (token == null) {
            return null;
        }
        switch (token) {
            case PROPERTY_NAME:
                check(delegate.currentName());
                break;
            case VALUE_STRING:
                if (delegate.getStringLength() > maxStringLength) {
                    throw refuse("a string longer than the limit");
                }
                if (escapedSurrogates) {
                    check(delegate.getString());
                }
                break;
            case VALUE_NUMBER_INT:
                if (delegate.getStringLength() > maxNumberLength) {
                    throw refuse("a number longer than the limit");
                }
                break;
            case VALUE_NUMBER_FLOAT:
                if (delegate.getStringLength() > maxNumberLength || !floatFits()) {
                    throw refuse("a number longer than the limit");
                }
                break;
            default:
                break;
        }
        return token;
    }

    private void check(String text) {
        if (text.length() > maxStringLength) {
            throw refuse("a name longer than the limit");
        }
        if (escapedSurrogates && hasUnpairedSurrogate(text)) {
            throw refuse("an unpaired surrogate");
        }
    }

    private boolean floatFits() {
        try {
            BigDecimal value = delegate.getDecimalValue();
            return JsonTreeReader.writtenDigits(value) <= maxNumberLength;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private StreamReadException refuse(String what) {
        refused = true;
        return new StreamReadException(delegate, "the fast path refuses " + what);
    }

    /**
     * Tells whether a string holds a surrogate that is not half of a pair.
     *
     * @param text the string, not null
     * @return true when a surrogate stands alone
     */
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
