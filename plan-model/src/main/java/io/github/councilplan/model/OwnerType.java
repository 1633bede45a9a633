package io.github.councilplan.model;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** What kind of body or post an {@link Owner} is. */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum OwnerType {
    /** A post, such as an Executive Director or the Chief Executive. */
    ROLE,
    /** A named person. */
    PERSON,
    /** A team or board of officers, such as a Senior Leadership Team. */
    TEAM,
    /** A directorate or service. */
    DIRECTORATE,
    /** A councillor's Cabinet portfolio. */
    PORTFOLIO,
    /** A committee, such as Cabinet or an Overview and Scrutiny Committee. */
    COMMITTEE
}
