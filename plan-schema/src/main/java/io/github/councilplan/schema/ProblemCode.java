package io.github.councilplan.schema;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The stable codes of the problems the validator reports, by layer: {@code syntax.*} and
 * {@code limit.*} while reading, {@code schema.*} from the JSON Schema (one code per keyword),
 * {@code rule.*} from the plan rules a schema cannot express, {@code extension.*} from the
 * extensions a plan declares (their data's own schema problems are {@code schema.*} problems), and
 * {@code model.*} when the model
 * refuses a document that passed every other check. Codes never change meaning; new ones may be
 * added. Each has a default severity and a one-line meaning.
 */
public enum ProblemCode {
    /** The document is not well-formed JSON or YAML. */
    SYNTAX_MALFORMED("syntax.malformed", Severity.ERROR, "the document is not well-formed JSON or YAML"),
    /** An object has the same key twice. */
    SYNTAX_DUPLICATE_KEY("syntax.duplicate-key", Severity.ERROR, "an object has the same key twice"),
    /** The document is empty. */
    SYNTAX_EMPTY("syntax.empty", Severity.ERROR, "the document is empty"),
    /** The document uses a YAML feature plan documents do not allow (custom tags). */
    SYNTAX_YAML_TAG("syntax.yaml-tag", Severity.ERROR, "a YAML tag other than the standard ones is used"),
    /** The document could not be read at all (an I/O error). */
    SYNTAX_UNREADABLE("syntax.unreadable", Severity.ERROR, "the document could not be read"),

    /** The document is larger than the limit. */
    LIMIT_DOCUMENT_SIZE("limit.document-size", Severity.ERROR, "the document is larger than the size limit"),
    /** Objects and arrays nest deeper than the limit. */
    LIMIT_NESTING_DEPTH("limit.nesting-depth", Severity.ERROR, "values nest deeper than the depth limit"),
    /** A string is longer than the limit. */
    LIMIT_STRING_LENGTH("limit.string-length", Severity.ERROR, "a string or name is longer than the limit"),
    /** A number has more digits than the limit. */
    LIMIT_NUMBER_LENGTH("limit.number-length", Severity.ERROR, "a number has more digits than the limit"),
    /** YAML aliases expand to more values than the limit. */
    LIMIT_YAML_ALIASES("limit.yaml-aliases", Severity.ERROR, "YAML aliases expand beyond the limit"),
    /**
     * The document could not be checked within the heap of the Java virtual machine: reported, at
     * the document's start, instead of running out of memory, by a validator whose document is too
     * large to hold as a tree within its heap (a document the fast way finds valid needs less).
     */
    LIMIT_MEMORY("limit.memory", Severity.ERROR, "the document could not be checked within the Java heap"),
    /**
     * A workbook (or folder of CSV files) is beyond the limits of a spreadsheet import: its size,
     * an entry's expanded size or compression ratio (a zip bomb), or its number of sheets, rows,
     * columns or cells.
     */
    LIMIT_WORKBOOK("limit.workbook", Severity.ERROR,
            "a workbook is larger than the limits: its size, expanded size, sheets, rows or cells"),
    /**
     * A workbook holds what an import never reads: macros or links to other workbooks; or it is
     * not a workbook at all.
     */
    SHEET_REFUSED("sheet.refused", Severity.ERROR,
            "a workbook holds macros or links to other workbooks, or is not a workbook"),
    /**
     * A workbook does not have the shape of a plan's: a sheet or column the format does not have,
     * a column named twice, a row whose parent cannot hold it, or no plan row.
     */
    SHEET_STRUCTURE("sheet.structure", Severity.ERROR,
            "a sheet, column or row of a workbook does not fit the format"),

    /** A value has the wrong JSON type. */
    SCHEMA_TYPE("schema.type", Severity.ERROR, "a value has the wrong JSON type", "type"),
    /** A required property is missing. */
    SCHEMA_REQUIRED("schema.required", Severity.ERROR, "a required property is missing", "required"),
    /** A property is not part of the format (outside {@code extensions}). */
    SCHEMA_UNKNOWN_PROPERTY("schema.unknown-property", Severity.ERROR,
            "a property is not part of the format (typo?)", "additionalProperties"),
    /** A value is not one of the allowed values. */
    SCHEMA_ENUM("schema.enum", Severity.ERROR, "a value is not one of the allowed values", "enum"),
    /** A value differs from the one allowed (such as an unsupported schemaVersion). */
    SCHEMA_CONST("schema.const", Severity.ERROR, "a value differs from the one allowed", "const"),
    /** A string does not have the required form (an id, number, period, non-blank text). */
    SCHEMA_PATTERN("schema.pattern", Severity.ERROR, "a string does not have the required form", "pattern"),
    /** A string is not a valid date, URI or other format. */
    SCHEMA_FORMAT("schema.format", Severity.ERROR, "a string is not a valid date, URI or other format", "format"),
    /** A string is too short or too long. */
    SCHEMA_LENGTH("schema.length", Severity.ERROR, "a string is too short or too long", "minLength"),
    /** An array or object has too few or too many entries. */
    SCHEMA_SIZE("schema.size", Severity.ERROR, "an array or object has too few or too many entries", "minItems"),
    /** An array lists the same value twice. */
    SCHEMA_UNIQUE_ITEMS("schema.unique-items", Severity.ERROR, "an array lists the same value twice", "uniqueItems"),
    /** A number is out of range. */
    SCHEMA_RANGE("schema.range", Severity.ERROR, "a number is out of range", "minimum"),
    /** A value matches none, or more than one, of the alternatives allowed. */
    SCHEMA_ONE_OF("schema.one-of", Severity.ERROR, "a value matches none or several of the alternatives", "oneOf"),
    /** A property name does not have the required form (such as a period key or language tag). */
    SCHEMA_PROPERTY_NAME("schema.property-name", Severity.ERROR,
            "a property name does not have the required form", "propertyNames"),
    /** Any other schema keyword failed. */
    SCHEMA_OTHER("schema.other", Severity.ERROR, "another JSON Schema rule failed"),

    /** Two elements of the plan have the same id. */
    RULE_DUPLICATE_ID("rule.duplicate-id", Severity.ERROR, "two elements of the plan have the same id; or two"
            + " documents validated together have the same plan id and the same edition (or neither has an edition)"),
    /** Two siblings have the same display number. */
    RULE_DUPLICATE_NUMBER("rule.duplicate-number", Severity.ERROR, "two siblings have the same number"),
    /** A reference names no element of the plan. */
    RULE_UNRESOLVED_REFERENCE("rule.unresolved-reference", Severity.ERROR,
            "a reference names no element of the plan"),
    /** A reference names an element of the wrong kind. */
    RULE_WRONG_REFERENCE_KIND("rule.wrong-reference-kind", Severity.ERROR,
            "a reference names an element of the wrong kind"),
    /** A link points at its own source, or an owner is accountable to itself. */
    RULE_SELF_REFERENCE("rule.self-reference", Severity.ERROR, "an element refers to itself"),
    /** A dotted number is not numbered within its parent's number. */
    RULE_NUMBERING("rule.numbering", Severity.ERROR, "a number is inconsistent with nesting"),
    /** The plan's period, or a piece of work, ends before it starts. */
    RULE_PERIOD_ORDER("rule.period-order", Severity.ERROR, "a period range or a piece of work ends before it starts"),
    /** A date falls outside the plan's period: legal (a long-term ambition, an overrun), so a warning. */
    RULE_DATE_OUTSIDE_PLAN("rule.date-outside-plan", Severity.WARNING,
            "a date falls outside the plan's period, and its element is not marked long-term"),
    /** A reporting period falls outside the plan's period: legal, so a warning. */
    RULE_PERIOD_OUTSIDE_PLAN("rule.period-outside-plan", Severity.WARNING,
            "a reporting period falls outside the plan's period"),
    /** A target or actual is for a kind of period the measure does not report. */
    RULE_PERIOD_NOT_REPORTED("rule.period-not-reported", Severity.ERROR,
            "a target or actual is for a period the measure does not report"),
    /** Work has two progress updates, or a measure two targets, actuals or assessments, for one period. */
    RULE_DUPLICATE_PERIOD("rule.duplicate-period", Severity.ERROR,
            "two progress updates, targets, actuals or assessments are for one period (or one as-at date)"),
    /** A milestone was achieved before the plan starts. */
    RULE_ACHIEVED_BEFORE_START("rule.achieved-before-start", Severity.ERROR,
            "a milestone was achieved before the plan starts"),
    /** A milestone has an achieved date but a status other than complete. */
    RULE_MILESTONE_STATUS("rule.milestone-status", Severity.ERROR,
            "a milestone's status contradicts its achieved date"),
    /** A target's revisions are not in date order. */
    RULE_REVISION_ORDER("rule.revision-order", Severity.ERROR,
            "a target's revision is dated before the revision listed before it"),
    /** A target is revised before the plan's edition was adopted. */
    RULE_REVISION_BEFORE_ADOPTION("rule.revision-before-adoption", Severity.ERROR,
            "a target's revision is dated before the plan's edition was adopted"),
    /** A target is revised after its period closed, without a flag saying so. */
    RULE_REVISION_AFTER_PERIOD_CLOSED("rule.revision-after-period-closed", Severity.WARNING,
            "a target is revised after its period closed, and the revision is not flagged afterPeriodClosed"),
    /** A measure's national metric reference does not have its scheme's form. */
    RULE_METRIC_SYNTAX("rule.metric-syntax", Severity.ERROR,
            "a national metric's id or URI does not have the form its scheme gives it"),
    /** A national metric's polarity contradicts its measure's direction. */
    RULE_METRIC_POLARITY("rule.metric-polarity", Severity.ERROR,
            "a national metric's polarity contradicts its measure's direction"),
    /**
     * An edition supersedes itself, is superseded by itself, or is superseded before it was
     * adopted. (A draft with an adoption date, and a successor named by an edition that is not
     * superseded, are the schema's to report.)
     */
    RULE_EDITION("rule.edition", Severity.ERROR,
            "the edition's dates, predecessor or successor are inconsistent"),
    /**
     * The organisation's org-id identifier is in one nation's list of local authorities
     * ({@code GB-LAE} England, {@code GB-PLA} Wales, {@code GB-LAS} Scotland) and its GSS code is of
     * another nation. (A GSS code or an identifier not in its form is the schema's to report.)
     */
    RULE_IDENTIFIER_NATION("rule.identifier-nation", Severity.ERROR,
            "the organisation's GSS code and org-id identifier are of different nations"),
    /** A language tag is ill-formed or not in canonical form. */
    RULE_LANGUAGE_TAG("rule.language-tag", Severity.ERROR, "a language tag is ill-formed or not canonical"),
    /** Text lacks a language the plan declares complete. */
    RULE_MISSING_LANGUAGE("rule.missing-language", Severity.ERROR,
            "text lacks a language the plan declares, and whose translation it says is complete"),
    /** Texts lack a language the plan declares partial: one warning per language, listing them. */
    RULE_PARTIAL_TRANSLATION("rule.partial-translation", Severity.WARNING,
            "texts lack a language the plan declares partial (one warning per language, with the count and list)"),
    /** Links into a related plan whose document was not given were not checked. */
    RULE_UNCHECKED_REFERENCE("rule.unchecked-reference", Severity.NOTE,
            "links into a related plan whose document was not given with this one were not checked"),
    /** A priority has no deliverables, though other priorities of the plan have some. */
    RULE_PRIORITY_WITHOUT_DELIVERABLES("rule.priority-without-deliverables", Severity.WARNING,
            "a priority has no deliverables, though other priorities of the plan have some"),
    /** A theme has no outcomes, work, commitments or lists. */
    RULE_EMPTY_THEME("rule.empty-theme", Severity.WARNING, "a theme has nothing in it"),
    /** A measure has numeric targets and actuals but no direction, so no RAG can be computed. */
    RULE_MEASURE_WITHOUT_DIRECTION("rule.measure-without-direction", Severity.WARNING,
            "a measure has numeric targets and actuals but no direction, so no RAG can be computed"),

    /**
     * The plan declares an extension (in {@code extensionsUsed}) for which the validator has no
     * usable JSON Schema: none was given to it, none is on the class path, or the one found is not
     * the one the declaration names.
     */
    EXTENSION_NO_SCHEMA("extension.no-schema", Severity.ERROR,
            "a declared extension has no usable JSON Schema, given to the validator or on the class path"),
    /** The plan declares the same extension twice. */
    EXTENSION_DUPLICATE("extension.duplicate", Severity.ERROR, "the plan declares the same extension twice"),
    /** A key in {@code extensions} names no extension the plan declares, in a plan that declares some. */
    EXTENSION_UNDECLARED("extension.undeclared", Severity.WARNING,
            "a key in extensions names no extension the plan declares (in a plan that declares some)"),

    /** The model refused a document that passed the other checks. */
    MODEL_INVALID("model.invalid", Severity.ERROR, "the model refused the document");

    private final String code;
    private final Severity severity;
    private final String meaning;
    private final String keyword;

    ProblemCode(String code, Severity severity, String meaning) {
        this(code, severity, meaning, null);
    }

    ProblemCode(String code, Severity severity, String meaning, String keyword) {
        this.code = code;
        this.severity = severity;
        this.meaning = meaning;
        this.keyword = keyword;
    }

    /**
     * Returns the stable code, such as {@code "rule.duplicate-id"}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the default severity of problems with this code.
     *
     * @return the severity, not null
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns what the code means, in one line.
     *
     * @return the meaning, not null
     */
    public String meaning() {
        return meaning;
    }

    /**
     * Returns the JSON Schema keyword this code stands for, for codes of the schema layer that
     * stand for one keyword (or a family, such as {@code minItems}/{@code maxItems}).
     *
     * @return the keyword, or empty; not null
     */
    public Optional<String> keyword() {
        return Optional.ofNullable(keyword);
    }

    /**
     * Returns the code for a failing JSON Schema keyword.
     *
     * @param keyword the keyword, not null
     * @return the code, {@link #SCHEMA_OTHER} for a keyword without its own; not null
     */
    public static ProblemCode forSchemaKeyword(String keyword) {
        Objects.requireNonNull(keyword, "keyword");
        switch (keyword) {
            case "unevaluatedProperties":
                return SCHEMA_UNKNOWN_PROPERTY;
            case "dependentRequired":
                return SCHEMA_REQUIRED;
            case "maxLength":
                return SCHEMA_LENGTH;
            case "maxItems":
            case "minProperties":
            case "maxProperties":
                return SCHEMA_SIZE;
            case "maximum":
            case "exclusiveMinimum":
            case "exclusiveMaximum":
                return SCHEMA_RANGE;
            case "anyOf":
                return SCHEMA_ONE_OF;
            default:
                return Arrays.stream(values())
                        .filter(code -> code.keyword != null && code.keyword.equals(keyword))
                        .findFirst()
                        .orElse(SCHEMA_OTHER);
        }
    }

    /**
     * Returns the code with the given text.
     *
     * @param code the text, such as {@code "rule.duplicate-id"}, not null
     * @return the code, not null
     * @throws IllegalArgumentException if no code has that text
     */
    public static ProblemCode fromCode(String code) {
        Objects.requireNonNull(code, "code");
        return Arrays.stream(values())
                .filter(value -> value.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("code: '" + code + "' is not a problem code"));
    }
}
