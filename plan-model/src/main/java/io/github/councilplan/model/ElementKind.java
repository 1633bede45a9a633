package io.github.councilplan.model;

import java.util.Locale;
import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * The kinds of element a plan contains. Each kind has a default English name, which a plan may
 * replace with its own words through {@link LevelNames}.
 */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum ElementKind {
    /** The plan itself, one edition of it: {@link Plan}. */
    PLAN,
    /** A statement such as the foreword: {@link Statement}. */
    STATEMENT,
    /** A shared value: {@link SharedValue}. */
    VALUE,
    /** A cross-cutting principle that runs through everything the plan does: {@link Principle}. */
    PRINCIPLE,
    /** A top-level area of the plan: {@link Theme}. */
    THEME,
    /** An optional level between a theme and its priorities: {@link Objective}. */
    OBJECTIVE,
    /** What the plan wants to see, at any level: {@link Outcome}. */
    OUTCOME,
    /** A numbered priority: {@link Priority}. */
    PRIORITY,
    /** What the council will do, the plan's lowest level of work: {@link Deliverable}. */
    DELIVERABLE,
    /** What staff and residents can expect to see: {@link Commitment}. */
    COMMITMENT,
    /** An ordered list that belongs to an element, such as "we will measure success by": {@link ItemList}. */
    LIST,
    /** One item of a list: {@link ListItem}. */
    ITEM,
    /** A performance indicator: {@link Measure}. */
    MEASURE,
    /** A dated checkpoint on a piece of work: {@link Milestone}. */
    MILESTONE,
    /** Who is accountable: {@link Owner}. */
    OWNER,
    /** A partner or stakeholder: {@link Partner}. */
    PARTNER;

    /**
     * Returns the default English name of this kind, in lower case: {@code "deliverable"}.
     *
     * @return the name, not null
     */
    public String defaultName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
