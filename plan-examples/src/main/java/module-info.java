/**
 * Example corporate plans as data, Thurrock Council's and fictional councils' that together use every
 * shape of the plan format, and small programs that use them; and a generator of synthetic plans of
 * any size.
 */
module io.github.councilplan.examples {
    // their types appear in this module's API (ExamplePlans returns plans, ThurrockSummary
    // summarises validation reports), so its users read them too
    requires transitive io.github.councilplan.model;
    requires transitive io.github.councilplan.schema;

    exports io.github.councilplan.examples;
    exports io.github.councilplan.examples.synthetic;

    // Lets other modules read the plan documents in this package as resources.
    opens io.github.councilplan.examples;
}
