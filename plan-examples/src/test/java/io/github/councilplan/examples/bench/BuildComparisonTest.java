package io.github.councilplan.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.examples.RunningClassPath;
import io.github.councilplan.schema.PlanValidator;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuildComparisonTest {
    private static final byte[] VALID = BenchmarkDocuments.valid(BenchmarkDocuments.Size.KB_20);

    /** This build's plan-model and plan-schema, as the tool is given a build. */
    private static String thisBuild() {
        List<String> library = RunningClassPath.entries().stream()
                .filter(entry -> Pattern.compile(".*plan-(model|schema).*").matcher(entry).matches())
                .filter(BuildComparison::own).toList();
        assertThat(library).hasSizeGreaterThanOrEqualTo(2);
        return String.join(File.pathSeparator, library);
    }

    private static String existing() {
        return RunningClassPath.entries().get(0);
    }

    @Test
    void aBuildsClassesAreTheLibrarysOwn() {
        assertThat(BuildComparison.own("/work/old/plan-schema/target/classes")).isTrue();
        assertThat(BuildComparison.own("/work/main/plan-examples/target/test-classes")).isTrue();
        assertThat(BuildComparison.own("/home/u/.m2/repository/io/github/councilplan/plan-model/0.2.0/plan-model-0.2.0.jar"))
                .isTrue();
    }

    @Test
    void aDependencyIsNoneOfTheLibrarysOwn() {
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
    void eachBuildIsLoadedInAClassLoaderOfItsOwn() throws Exception {
        try (BuildComparison.Build one = BuildComparison.Build.load(thisBuild(), VALID);
                BuildComparison.Build other = BuildComparison.Build.load(thisBuild(), VALID)) {
            Class<?> oneValidator = Class.forName(PlanValidator.class.getName(), false, one.loader());
            Class<?> otherValidator = Class.forName(PlanValidator.class.getName(), false, other.loader());

            assertThat(oneValidator).isNotSameAs(otherValidator).isNotSameAs(PlanValidator.class);
        }
    }

    @Test
    void aBuildsLoadValidatesWithItsOwnClasses() throws Exception {
        try (BuildComparison.Build build = BuildComparison.Build.load(thisBuild(), VALID)) {
            assertThat(build.load().get().getClass().getClassLoader()).isSameAs(build.loader());
        }
    }

    @Test
    void aBuildAgainstItselfIsMeasuredPairByPair() throws Exception {
        PairedRatio.Result result = BuildComparison.compare(thisBuild(), thisBuild(), VALID, Duration.ZERO,
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
    void aDirectoryThatHoldsNoBuildIsRefused() {
        assertThatThrownBy(() -> BuildComparison.Build.load(System.getProperty("java.io.tmpdir"), VALID))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theArgumentsGiveTheBuildsTheSizeAndTheSeconds() {
        String build = existing();

        assertThat(BuildComparison.options(new String[] {"--first", build, "--second", build, "--size", "20KB",
                "--seconds", "7"})).isEqualTo(new BuildComparison.Options(build, build, BenchmarkDocuments.Size.KB_20, 7));
    }

    @Test
    void theSizeAndTheSecondsHaveDefaults() {
        String build = existing();

        assertThat(BuildComparison.options(new String[] {"--first", build, "--second", build}))
                .isEqualTo(new BuildComparison.Options(build, build, BenchmarkDocuments.Size.MB_2, 30));
    }

    @Test
    void anUnknownArgumentIsNamed() {
        assertThatThrownBy(() -> BuildComparison.options(new String[] {"--frist", existing()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown argument '--frist'");
    }

    @Test
    void anOptionWithoutItsValueIsNamed() {
        assertThatThrownBy(() -> BuildComparison.options(new String[] {"--first", "--second", existing()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no value for '--first'");
    }

    @Test
    void anOptionGivenTwiceIsNamed() {
        assertThatThrownBy(() -> BuildComparison.options(new String[] {"--first", existing(), "--first", existing()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'--first' given twice");
    }

    @Test
    void aMissingBuildIsNamed() {
        assertThatThrownBy(() -> BuildComparison.options(new String[] {"--first", existing()}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no --second build");
    }

    @Test
    void secondsThatAreNoWholeNumberAreRefused() {
        assertThatThrownBy(() -> BuildComparison.options(new String[] {"--first", existing(), "--second", existing(),
                "--seconds", "abc"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--seconds must be a whole number, 1 or more: 'abc'");
    }

    @Test
    void aBuildsEntryThatDoesNotExistIsNamed() {
        assertThat(BuildComparison.missingEntry(existing() + File.pathSeparator + "/no/such/classes"))
                .isEqualTo("no such directory or jar: /no/such/classes");
    }

    @Test
    void aBuildsEmptyEntryIsNamed() {
        assertThat(BuildComparison.missingEntry(existing() + File.pathSeparator)).startsWith("an empty entry in ");
    }

    @Test
    void aBuildWhoseEntriesAllExistHasNoneMissing() {
        assertThat(BuildComparison.missingEntry(existing())).isNull();
    }
}
