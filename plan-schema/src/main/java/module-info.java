/**
 * The JSON Schema of plan documents and a validator that locates every problem.
 */
module io.github.councilplan.schema {
    requires transitive io.github.councilplan.model;
    requires com.networknt.schema;
    requires org.snakeyaml.engine;

    exports io.github.councilplan.schema;
}
