package io.github.councilplan.schema.read;

import io.github.councilplan.schema.PlanYaml;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scalar rules of the YAML 1.2 core schema (YAML 1.2.2, section 10.3.2), shared by the YAML
 * reader, which resolves plain scalars by them, and {@link PlanYaml}, which quotes every string
 * that a YAML reader could take for something else. Stateless and thread-safe.
 */
public final class YamlScalars {
    /** The prefix of the standard tags, which a {@code !!} handle stands for. */
    static final String TAG_PREFIX = "tag:yaml.org,2002:";
    static final String STR = TAG_PREFIX + "str";
    static final String INT = TAG_PREFIX + "int";
    static final String FLOAT = TAG_PREFIX + "float";
    static final String BOOL = TAG_PREFIX + "bool";
    static final String NULL = TAG_PREFIX + "null";
    static final String MAP = TAG_PREFIX + "map";
    static final String SEQ = TAG_PREFIX + "seq";

    private static final Pattern NULLS = Pattern.compile("null|Null|NULL|~");
    private static final Pattern TRUES = Pattern.compile("true|True|TRUE");
    private static final Pattern FALSES = Pattern.compile("false|False|FALSE");
    private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT_NUMBER =
            Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("\\.(?:nan|NaN|NAN)");

    /**
     * Words that YAML 1.1 readers (still common) take for booleans or null when plain: the writer
     * quotes them, although a YAML 1.2 reader such as this library's reads them as strings.
     */
    private static final Set<String> YAML_1_1_WORDS =
            Set.of("y", "yes", "n", "no", "on", "off", "true", "false", "null", "nan", "inf");

    /** What a scalar means in the core schema. */
    public enum Kind {
        /** Null: empty, {@code ~}, {@code null}, {@code Null} or {@code NULL}. */
        NULL,
        /** The boolean true. */
        TRUE,
        /** The boolean false. */
        FALSE,
        /** A decimal integer: optional sign, digits. */
        DECIMAL_INT,
        /** An octal integer: {@code 0o} and octal digits. */
        OCTAL_INT,
        /** A hexadecimal integer: {@code 0x} and hexadecimal digits. */
        HEX_INT,
        /** A floating-point number in decimal notation. */
        FLOAT,
        /** {@code .inf}, {@code -.inf} and the like, which JSON cannot express. */
        INFINITY,
        /** {@code .nan} and the like, which JSON cannot express. */
        NOT_A_NUMBER,
        /** Anything else: a string. */
        STRING
    }

    private YamlScalars() {}

    /**
     * Resolves a plain (unquoted, untagged) scalar by the core schema.
     *
     * @param value the scalar as written, not null
     * @return what it means, not null
     */
    public static Kind resolvePlain(String value) {
        if (value.isEmpty() || NULLS.matcher(value).matches()) {
            return Kind.NULL;
        }
        char first = value.charAt(0);
        if (first == 't' || first == 'T' || first == 'f' || first == 'F') {
            if (TRUES.matcher(value).matches()) {
                return Kind.TRUE;
            }
            if (FALSES.matcher(value).matches()) {
                return Kind.FALSE;
            }
            return Kind.STRING;
        }
        boolean numeric = first == '+' || first == '-' || first == '.' || (first >= '0' && first <= '9');
        if (!numeric) {
            return Kind.STRING;
        }
        if (DECIMAL_INT.matcher(value).matches()) {
            return Kind.DECIMAL_INT;
        }
        if (OCTAL_INT.matcher(value).matches()) {
            return Kind.OCTAL_INT;
        }
        if (HEX_INT.matcher(value).matches()) {
            return Kind.HEX_INT;
        }
        if (FLOAT_NUMBER.matcher(value).matches()) {
            return Kind.FLOAT;
        }
        if (INFINITY.matcher(value).matches()) {
            return Kind.INFINITY;
        }
        if (NOT_A_NUMBER.matcher(value).matches()) {
            return Kind.NOT_A_NUMBER;
        }
        return Kind.STRING;
    }

    /**
     * Tells whether a string may be written as a plain scalar with no reader, YAML 1.2 or 1.1,
     * taking it for anything but that string: it starts with a letter and is not a word that
     * means a boolean or null in either version. The emitter may still quote it for its syntax
     * (a {@code ": "} inside, trailing spaces and the like).
     *
     * @param value the string, not null
     * @return true if no reader takes it for anything else
     */
    public static boolean safelyPlain(String value) {
        return !value.isEmpty()
                && Character.isLetter(value.codePointAt(0))
                && !YAML_1_1_WORDS.contains(value.toLowerCase(Locale.ROOT))
                && resolvePlain(value) == Kind.STRING;
    }

    /** Shows a tag as a document would write it: {@code !!str} for the standard ones. */
    static String display(String tag) {
        return tag.startsWith(TAG_PREFIX) ? "!!" + tag.substring(TAG_PREFIX.length()) : tag;
    }
}
