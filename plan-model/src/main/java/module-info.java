/**
 * The immutable model of a council's corporate plan, its value types and its JSON mapping.
 */
module io.github.councilplan.model {
    requires transitive tools.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires static org.immutables.value.annotations;

    exports io.github.councilplan.diff;
    exports io.github.councilplan.model;
    exports io.github.councilplan.model.json;
    exports io.github.councilplan.model.structure;
    exports io.github.councilplan.trace;

    opens io.github.councilplan.model to tools.jackson.databind;
}
