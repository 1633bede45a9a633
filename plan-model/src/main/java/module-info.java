/**
 * The immutable model of a council's corporate plan, its value types and its JSON mapping.
 */
// "module": the qualified export below names io.github.councilplan.schema, built after this module
@SuppressWarnings("module")
module io.github.councilplan.model {
    requires transitive tools.jackson.databind;
    requires transitive com.fasterxml.jackson.annotation;
    requires static org.immutables.value.annotations;

    exports io.github.councilplan.diff;
    exports io.github.councilplan.model;
    exports io.github.councilplan.model.json;
    // how the binder and the validator read a document fast: two threads' work shared, bytes tested eight at a time
    exports io.github.councilplan.model.reading to io.github.councilplan.schema;
    // the one way messages quote a value, shared with the validator and the command line only
    exports io.github.councilplan.model.message to io.github.councilplan.schema;
    exports io.github.councilplan.model.structure;
    exports io.github.councilplan.trace;

    opens io.github.councilplan.model to tools.jackson.databind;
}
