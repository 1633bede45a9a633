package io.github.councilplan.model;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/**
 * How another plan relates to this one: {@code "delivers"} (this plan delivers it, as an annual
 * delivery plan delivers a long-term strategy), {@code "deliveredBy"} (it delivers this plan) or
 * {@code "related"}.
 */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum PlanRelation {
    /** This plan delivers the other: an annual delivery plan of a long-term strategy. */
    DELIVERS,
    /** The other plan delivers this one: the strategy's annual delivery plan. */
    DELIVERED_BY,
    /** Another relation, which the title or a note says. */
    RELATED
}
