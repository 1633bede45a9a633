package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuildComparisonTest {
    /** This build's plan-model and plan-schema, as the tool is given a build. */
    private static String thisBuild() {
        List<String> library = BuildComparison.entries().stream()
                .filter(entry -> Pattern.compile(".*plan-(model|schema).*").matcher(entry).matches())
                .filter(BuildComparison::own).toList();
        assertThat(library).hasSizeGreaterThanOrEqualTo(2);
        return String.join(File.pathSeparator, library);
    }

    @Test
    void theLibrarysOwnEntriesAreToldFromItsDependencies() {
        assertThat(BuildComparison.own("/work/old/plan-schema/target/classes")).isTrue();
        assertThat(BuildComparison.own("/work/main/plan-examples/target/test-classes")).isTrue();
        assertThat(BuildComparison.own("/home/u/.m2/repository/io/github/councilplan/plan-model/0.2.0/plan-model-0.2.0.jar"))
                .isTrue();
        assertThat(BuildComparison.own("/home/u/.m2/repository/tools/jackson/core/jackson-core/3.0.0/jackson-core-3.0.0.jar"))
                .isFalse();
        assertThat(BuildComparison.own("/work/plan-models/lib/other.jar")).isFalse();
    }

    @Test
    void theDependenciesHoldNoneOfTheLibrarysOwnEntries() {
        assertThat(BuildComparison.dependencies()).isNotEmpty().noneMatch(BuildComparison::own)
                .anyMatch(entry -> entry.contains("jackson-core"));
    }

    @Test
    void aBuildAgainstItselfIsMeasuredPairByPair() throws Exception {
        byte[] document = BenchmarkDocuments.valid(BenchmarkDocuments.Size.KB_20);

        PairedRatio.Result result = BuildComparison.compare(thisBuild(), thisBuild(), document, Duration.ZERO,
                Duration.ZERO);

        assertThat(result.pairs()).isEqualTo(PairedRatio.MIN_PAIRS);
        assertThat(result.median()).isPositive().isFinite();
    }

    @Test
    void aBuildThatFindsTheDocumentNotValidIsRefused() {
        byte[] document = "{}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> BuildComparison.compare(thisBuild(), thisBuild(), document, Duration.ZERO,
                Duration.ZERO)).isInstanceOf(IllegalStateException.class).hasMessageContaining("not valid");
    }

    @Test
    void aBuildsEntryThatDoesNotExistIsNamed() {
        String existing = BuildComparison.entries().get(0);

        assertThat(BuildComparison.missingEntry(existing)).isNull();
        assertThat(BuildComparison.missingEntry(existing + File.pathSeparator + "/no/such/classes"))
                .isEqualTo("no such directory or jar: /no/such/classes");
    }
}
