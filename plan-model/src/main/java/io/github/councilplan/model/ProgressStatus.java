package io.github.councilplan.model;

import tools.jackson.databind.EnumNamingStrategies;
import tools.jackson.databind.annotation.EnumNaming;

/** The reported status of a deliverable or milestone in a period. */
@EnumNaming(EnumNamingStrategies.LowerCamelCaseStrategy.class)
public enum ProgressStatus {
    /** Work has not begun. */
    NOT_STARTED,
    /** In progress and on track. */
    GREEN,
    /** In progress, at risk. */
    AMBER,
    /** In progress, off track. */
    RED,
    /** Paused. */
    ON_HOLD,
    /** Finished. */
    COMPLETE,
    /** Stopped and will not be finished. */
    CANCELLED
}
