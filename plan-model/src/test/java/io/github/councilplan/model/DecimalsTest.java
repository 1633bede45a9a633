package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return ValueArbitraries.decimals();
    }

    @Test
    void aNegativeScaleBecomesZero() {
        BigDecimal normalized = Decimals.normalized("value", new BigDecimal("1E+3"));

        assertThat(normalized).isEqualTo(new BigDecimal("1000"));
        assertThat(normalized.toString()).isEqualTo("1000");
    }

    @Test
    void zeroWithANegativeScaleBecomesZero() {
        assertThat(Decimals.normalized("value", new BigDecimal("0E+2"))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void aScaleOfZeroOrMoreIsKept() {
        BigDecimal value = new BigDecimal("61.50");

        assertThat(Decimals.normalized("value", value)).isSameAs(value);
    }

    @Property
    void keepsTheValue(@ForAll("decimals") BigDecimal value) {
        assertThat(Decimals.normalized("value", value)).isEqualByComparingTo(value);
    }

    @Property
    void givesAScaleOfAtLeastZero(@ForAll("decimals") BigDecimal value) {
        assertThat(Decimals.normalized("value", value).scale()).isEqualTo(Math.max(0, value.scale()));
    }

    @Property
    void isWrittenInPlainNotationThatReadsBackEqual(@ForAll("decimals") BigDecimal value) {
        BigDecimal normalized = Decimals.normalized("value", value);

        assertThat(normalized.toString()).isEqualTo(normalized.toPlainString());
        assertThat(new BigDecimal(normalized.toString())).isEqualTo(normalized);
    }

    @Test
    void valueWithAHugePositiveExponentIsRejectedNamingTheField() {
        assertThatThrownBy(() -> Decimals.normalized("targets['2025/26']", new BigDecimal("1E+10000000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("targets['2025/26']")
                .hasMessageContaining("1E+10000000");
    }

    @Test
    void valueWithAHugeNegativeExponentIsRejected() {
        assertThatThrownBy(() -> Decimals.normalized("value", new BigDecimal("1E-10000000")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }

    @Test
    void valueAtTheEdgeOfTheRangeIsAccepted() {
        assertThat(Decimals.normalized("value", new BigDecimal("1E+1000")).scale()).isZero();
        assertThat(Decimals.normalized("value", new BigDecimal("1E-1000")).scale()).isEqualTo(1000);
    }
}
