package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupersessionTest {

    @Test
    void ofKeepsTheLaterEditionAndTheDate() {
        Supersession s = Supersession.of("2026 refresh", LocalDate.of(2026, 2, 11));

        assertThat(s.edition()).isEqualTo("2026 refresh");
        assertThat(s.on()).contains(LocalDate.of(2026, 2, 11));
        assertThat(s.decision()).isEmpty();
    }

    @Test
    void aSupersessionMayNameItsDecision() {
        Decision decision = Decision.of(text("Cabinet"), LocalDate.of(2026, 2, 11));

        assertThat(Supersession.builder().edition("2026").decision(decision).build().decision()).contains(decision);
    }

    @Test
    void aBlankEditionIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Supersession.of(" ", LocalDate.of(2026, 2, 11)))
                .withMessage("edition.supersededBy.edition: must not be blank");
    }
}
