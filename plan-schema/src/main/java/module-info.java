/**
 * The JSON Schema of plan documents and a validator that locates every problem.
 *
 * <p>The {@code plan} command line lives in the package {@code io.github.councilplan.cli},
 * which is not exported: it is run from the {@code -cli} jar, not used as a library. Its parser,
 * picocli, is an optional dependency, required here only statically, so that users of the library
 * inherit neither it nor the command line's SLF4J binding.
 */
module io.github.councilplan.schema {
    requires transitive io.github.councilplan.model;
    requires com.networknt.schema;
    requires static info.picocli;
    requires static org.apache.poi.ooxml; // workbooks (.xlsx) in io.github.councilplan.sheets only
    requires static java.xml; // JUnit XML from the command line only
    requires static org.immutables.value.annotations;
    requires org.slf4j;
    requires org.snakeyaml.engine;

    exports io.github.councilplan.schema;
    exports io.github.councilplan.render;
    exports io.github.councilplan.sheets;

    opens io.github.councilplan.cli to info.picocli;

    // Slf4jStart looks for SLF4J providers as SLF4J does
    uses org.slf4j.spi.SLF4JServiceProvider;
}
