package io.github.councilplan.model;

import static org.assertj.core.api.Assertions.assertThat;

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
        BigDecimal normalized = Decimals.normalized(new BigDecimal("1E+3"));

        assertThat(normalized).isEqualTo(new BigDecimal("1000"));
        assertThat(normalized.toString()).isEqualTo("1000");
    }

    @Test
    void zeroWithANegativeScaleBecomesZero() {
        assertThat(Decimals.normalized(new BigDecimal("0E+2"))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void aScaleOfZeroOrMoreIsKept() {
        BigDecimal value = new BigDecimal("61.50");

        assertThat(Decimals.normalized(value)).isSameAs(value);
    }

    @Property
    void keepsTheValue(@ForAll("decimals") BigDecimal value) {
        assertThat(Decimals.normalized(value)).isEqualByComparingTo(value);
    }

    @Property
    void givesAScaleOfAtLeastZero(@ForAll("decimals") BigDecimal value) {
        assertThat(Decimals.normalized(value).scale()).isEqualTo(Math.max(0, value.scale()));
    }

    @Property
    void isWrittenInPlainNotationThatReadsBackEqual(@ForAll("decimals") BigDecimal value) {
        BigDecimal normalized = Decimals.normalized(value);

        assertThat(normalized.toString()).isEqualTo(normalized.toPlainString());
        assertThat(new BigDecimal(normalized.toString())).isEqualTo(normalized);
    }
}
