package io.github.councilplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class GroupedDigitsTest {

    @Property(tries = 2_000)
    void groupsAsFormatterDoesInTheRootLocale(@ForAll long n) {
        assertThat(GroupedDigits.of(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }

    @Test
    void groupsTheLongestNumbersAndLeavesShortOnesAlone() {
        assertThat(GroupedDigits.of(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
        assertThat(GroupedDigits.of(999)).isEqualTo("999");
        assertThat(GroupedDigits.of(1000)).isEqualTo("1,000");
        assertThat(GroupedDigits.of(-1000)).isEqualTo("-1,000");
        assertThat(GroupedDigits.of(0)).isEqualTo("0");
    }
}
