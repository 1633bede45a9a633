/**
 * Example corporate plans as data, Thurrock Council's and a fictional bilingual one, and small
 * programs that use them; and a generator of synthetic plans of any size.
 */
module io.github.councilplan.examples {
    requires io.github.councilplan.model;
    requires io.github.councilplan.schema;

    exports io.github.councilplan.examples;
    exports io.github.councilplan.examples.synthetic;

    // Lets other modules read the plan documents in this package as resources.
    opens io.github.councilplan.examples;
}
