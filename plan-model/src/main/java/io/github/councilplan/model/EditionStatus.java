package io.github.councilplan.model;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** Where an edition of a plan stands. */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum EditionStatus {
    /** Not yet adopted. */
    DRAFT,
    /** Adopted (or endorsed) by the council, and current. */
    ADOPTED,
    /** Replaced by a later edition. */
    SUPERSEDED
}
