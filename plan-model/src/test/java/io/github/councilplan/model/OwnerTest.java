package io.github.councilplan.model;

import static io.github.councilplan.model.Fixtures.id;
import static io.github.councilplan.model.Fixtures.ownerBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class OwnerTest {

    @Test
    void ownerAccountableToOthersIsAccepted() {
        Owner o = ownerBuilder("exec-resources", null).addAccountableTo(id("cabinet"), id("scrutiny")).build();

        assertThat(o.accountableTo()).containsExactly(id("cabinet"), id("scrutiny"));
    }

    @Test
    void ownerAccountableToItselfIsRejected() {
        Owner.Builder o = ownerBuilder("cabinet", null).addAccountableTo(id("scrutiny"), id("cabinet"));

        assertThatIllegalArgumentException()
                .isThrownBy(o::build)
                .withMessageStartingWith("owner 'cabinet': accountableTo")
                .withMessageContaining("itself");
    }

    @Test
    void numberedOwnerAccountableToItselfIsRejectedNamingTheId() {
        Owner.Builder o = ownerBuilder("cabinet", "3").addAccountableTo(id("cabinet"));

        assertThatIllegalArgumentException()
                .isThrownBy(o::build)
                .withMessageStartingWith("owner 3: accountableTo")
                .withMessageContaining("'cabinet'");
    }

    @Test
    void blankHolderIsRejected() {
        Owner.Builder o = ownerBuilder("leader", null).holder("  ");

        assertThatIllegalArgumentException()
                .isThrownBy(o::build)
                .withMessage("owner 'leader': holder must not be blank");
    }
}
