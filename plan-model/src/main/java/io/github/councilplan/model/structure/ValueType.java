package io.github.councilplan.model.structure;

/**
 * The type of a property's value in a plan document, as {@link PlanStructure} describes it. The
 * JSON Schema gives each type one shape (named in each constant's description), and the model one
 * Java type; a test holds the three to each other.
 */
public enum ValueType {
    /** The document format's version, a string constant. */
    SCHEMA_VERSION,
    /** An element's own id, or the id of another plan: an {@code elementId} string. */
    ID,
    /** The number a plan prints: a {@code displayNumber} string. */
    DISPLAY_NUMBER,
    /** A plain, non-blank string: a name, a key, a page. */
    STRING,
    /** Text in one or more languages: a {@code text}. */
    TEXT,
    /** An ordered array of {@code text}. */
    TEXT_LIST,
    /** A boolean. */
    BOOLEAN,
    /** A decimal number. */
    DECIMAL,
    /** A calendar day: a {@code date} string. */
    DATE,
    /** A date as precise as the plan gives it: a {@code planDate} string. */
    PLAN_DATE,
    /** A reporting period: a {@code reportingPeriod} string. */
    PERIOD,
    /** An absolute URI: a string of format {@code uri}. */
    URI,
    /** One value of an enumeration, named in camelCase. */
    ENUM,
    /** An array of canonical BCP 47 language tags, each listed once. */
    LANGUAGES,
    /** The lead-ins of an element's lists: an object from list name to {@code text}. */
    LEAD_INS,
    /** A council's own data: any JSON object. */
    EXTENSIONS,
    /** One object of another shape. */
    OBJECT,
    /** An ordered array of objects of another shape. */
    OBJECT_LIST,
    /** One element the object contains, such as the plan's vision. */
    ELEMENT,
    /** An ordered array of elements the object contains. */
    ELEMENTS,
    /** The id of an element the object refers to. */
    REFERENCE,
    /** An array of distinct ids of elements the object refers to. */
    REFERENCES
}
