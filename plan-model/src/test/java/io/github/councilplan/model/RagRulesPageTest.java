package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The table of RAG rules in docs/model.md is the code's: each reason's state, each direction's shortfall. */
class RagRulesPageTest {
    /** The rows of the table of rules, each as its three cells, the code spans' escaped bars unescaped. */
    private static List<String[]> rows() throws IOException {
        String page = Files.readString(Path.of("../docs/model.md"));
        String table = page.substring(page.indexOf("| rule | when | gives |"));
        List<String[]> rows = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = line.replace("\\|", "\u0000").split("\\|");
            List<String> trimmed = new ArrayList<>();
            for (int i = 1; i < cells.length; i++) {
                trimmed.add(cells[i].trim().replace('\u0000', '|'));
            }
            rows.add(trimmed.toArray(new String[0]));
        }
        return rows.subList(2, rows.size());
    }

    private static List<String[]> rows(String rule) throws IOException {
        return rows().stream().filter(row -> row[0].equals(rule)).collect(Collectors.toList());
    }

    @ParameterizedTest
    @EnumSource(Unrated.class)
    void eachReasonHasOneRowGivingItsState(Unrated reason) throws IOException {
        List<String[]> rows = rows("unrated").stream().filter(row -> row[1].startsWith("`" + reason.name() + "`"))
                .collect(Collectors.toList());

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[2]).isEqualTo("`" + reason.state().jsonName() + "`");
    }

    @Test
    void theUnratedRowsAreTheReasonsInTheOrderTheyAreChecked() throws IOException {
        assertThat(rows("unrated")).extracting(row -> row[1].substring(1, row[1].indexOf('`', 1)))
                .containsExactly("NO_DIRECTION", "TARGET_WITHDRAWN", "NO_TARGET", "TARGET_FOR_OTHER_PERIOD",
                        "TARGET_IN_WORDS", "NO_ACTUAL", "ACTUAL_IN_WORDS")
                .containsExactlyInAnyOrder(java.util.Arrays.stream(Unrated.values()).map(Enum::name)
                        .toArray(String[]::new));
    }

    @Test
    void everyStateIsOneTheTableGives() throws IOException {
        String gives = rows().stream().map(row -> row[2]).collect(Collectors.joining(" "));

        for (RagState state : RagState.values()) {
            assertThat(gives).as(state.name()).contains("`" + state.jsonName() + "`");
        }
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void eachDirectionsShortfallGivesTheStatusTheCodeComputes(Direction direction) throws IOException {
        String name = tools.jackson.databind.json.JsonMapper.shared().convertValue(direction, String.class);
        List<String[]> rows = rows("shortfall").stream().filter(row -> row[1].equals("`" + name + "`"))
                .collect(Collectors.toList());
        assertThat(rows).hasSize(1);
        String formula = rows.get(0)[2];
        BigDecimal band = BigDecimal.ONE;
        BigDecimal target = BigDecimal.TEN;
        for (int actual = 5; actual <= 15; actual++) {
            BigDecimal value = BigDecimal.valueOf(actual);
            BigDecimal shortfall = shortfall(formula, target, value);
            RagStatus byTable = shortfall.signum() <= 0 ? RagStatus.GREEN
                    : shortfall.compareTo(band) <= 0 ? RagStatus.AMBER : RagStatus.RED;

            assertThat(RagStatus.of(direction, target, value, Tolerance.absolute(band))).as("actual %s", actual)
                    .isEqualTo(byTable);
        }
    }

    private static BigDecimal shortfall(String formula, BigDecimal target, BigDecimal actual) {
        switch (formula) {
            case "`target - actual`":
                return target.subtract(actual);
            case "`actual - target`":
                return actual.subtract(target);
            case "`|actual - target|`":
                return actual.subtract(target).abs();
            default:
                throw new AssertionError("a formula the test does not know: " + formula);
        }
    }

    @Test
    void aPercentBandIsThatShareOfTheTargetsSize() throws IOException {
        assertThat(rows("band")).extracting(row -> row[1] + " " + row[2]).contains(
                "`{\"percent\": p}` `|target| × p / 100`");
        assertThat(Tolerance.percentOfTarget(BigDecimal.TEN).bandFor(new BigDecimal("-50")))
                .isEqualByComparingTo("5");
    }
}
