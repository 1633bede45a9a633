package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** {@link OptionValues}: an option's values are its enum's constants, each by one name only. */
class OptionValuesTest {
    private final ExportFormat.Converter export = new ExportFormat.Converter();

    @Test
    void aConstantIsNamedInLowerCase() {
        assertThat(export.convert("xlsx")).isEqualTo(ExportFormat.XLSX);
    }

    @Test
    void anUnderscoreInAConstantIsAHyphenInItsName() {
        assertThat(export.convert("csv-dir")).isEqualTo(ExportFormat.CSV_DIR);
    }

    @Test
    void noOtherSpellingIsAccepted() {
        for (String other : new String[] {"csv_dir", "CSV-DIR", "Xlsx", " xlsx", ""}) {
            assertThatThrownBy(() -> export.convert(other)).isInstanceOf(TypeConversionException.class)
                    .hasMessage("expected xlsx or csv-dir but was '" + other + "'");
        }
    }
}
