package io.github.councilplan.model.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.councilplan.model.message.ElementLabels.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ElementLabels}: names that identify, with a path only where the number alone does not. */
class ElementLabelsTest {
    private final List<Entry<String>> entries = new ArrayList<>();

    private void add(String key, String parent, String level, String number) {
        entries.add(new Entry<>(key, parent, level, Optional.ofNullable(number), Optional.of(key)));
    }

    /** A theme with three strategic objectives, each with a priority A (one per objective). */
    private ElementLabels<String> threePrioritiesA() {
        add("t-1", null, "Theme", "1");
        for (int i = 1; i <= 3; i++) {
            add("so-" + i, "t-1", "Strategic objective", String.valueOf(i));
            add("so-" + i + "-a", "so-" + i, "Priority", "A");
        }
        add("so-2-b", "so-2", "Priority", "B");
        return ElementLabels.of(entries);
    }

    @Test
    void anElementWhoseNumberIsUniqueIsNamedByItsLevelAndNumber() {
        assertThat(threePrioritiesA().name("so-2-b")).isEqualTo("Priority B");
    }

    @Test
    void anElementWhoseNumberIsSharedIsNamedByItsNearestAncestorToo() {
        ElementLabels<String> labels = threePrioritiesA();

        assertThat(List.of(labels.reference("so-1-a"), labels.reference("so-2-a"), labels.reference("so-3-a")))
                .containsExactly("Strategic objective 1 \u203a Priority A", "Strategic objective 2 \u203a Priority A",
                        "Strategic objective 3 \u203a Priority A");
    }

    @Test
    void thePathGoesUpUntilItTellsTheElementsApart() {
        add("t-1", null, "Theme", "1");
        add("t-2", null, "Theme", "2");
        add("t-1-p", "t-1", "Priority", "A");
        add("t-2-p", "t-2", "Priority", "A");
        add("t-1-p-d", "t-1-p", "Action", "1");
        add("t-2-p-d", "t-2-p", "Action", "1");

        ElementLabels<String> labels = ElementLabels.of(entries);

        assertThat(labels.name("t-1-p-d")).isEqualTo("Theme 1 \u203a Priority A \u203a Action 1");
        assertThat(labels.name("t-2-p-d")).isEqualTo("Theme 2 \u203a Priority A \u203a Action 1");
    }

    @Test
    void elementsOfOneNumberButDifferentLevelNamesNeedNoPath() {
        add("t-1", null, "Theme", "1");
        add("o-1", "t-1", "Outcome", "1.1");
        add("p-1", "t-1", "Priority", "1.1");

        ElementLabels<String> labels = ElementLabels.of(entries);

        assertThat(labels.name("o-1")).isEqualTo("Outcome 1.1");
        assertThat(labels.name("p-1")).isEqualTo("Priority 1.1");
    }

    @Test
    void anElementWithoutANumberIsNamedByItsLevelAndReferredToByItsId() {
        add("t-1", null, "Theme", null);
        add("o-1", "t-1", "Policy outcome", null);

        ElementLabels<String> labels = ElementLabels.of(entries);

        assertThat(labels.name("o-1")).isEqualTo("Policy outcome");
        assertThat(labels.reference("o-1")).isEqualTo("Policy outcome 'o-1'");
    }

    @Test
    void anAncestorWithoutANumberIsShownInAPathByItsId() {
        add("t-place", null, "Theme", null);
        add("t-people", null, "Theme", null);
        add("p-1", "t-place", "Priority", "A");
        add("p-2", "t-people", "Priority", "A");

        assertThat(ElementLabels.of(entries).name("p-2")).isEqualTo("Theme 't-people' \u203a Priority A");
    }

    @Test
    void siblingsSharingANumberAreToldApartByTheirIds() {
        add("t-1", null, "Theme", "1");
        add("p-1", "t-1", "Priority", "A");
        add("p-2", "t-1", "Priority", "A");

        ElementLabels<String> labels = ElementLabels.of(entries);

        assertThat(labels.reference("p-1")).isNotEqualTo(labels.reference("p-2"));
        assertThat(labels.reference("p-2")).isEqualTo("Priority A 'p-2'");
    }

    @Test
    void aMentionStartsEachLevelNameInLowerCase() {
        assertThat(threePrioritiesA().mention("so-2-a")).isEqualTo("strategic objective 2 \u203a priority A");
    }

    @Test
    void aMentionKeepsALevelNameThatStartsWithTwoCapitals() {
        add("m-1", null, "KPI", null);

        assertThat(ElementLabels.of(entries).mention("m-1")).isEqualTo("KPI 'm-1'");
    }

    @Test
    void aMentionOfALevelNameOfOneCharacterOutsideTheBasicPlaneIsThatCharacter() {
        add("m-1", null, "\ud835\udc00", "1");

        assertThat(ElementLabels.of(entries).mention("m-1")).isEqualTo("\ud835\udc00 1");
    }

    @Test
    void levelNamesAreShownOnOneLine() {
        add("t-1", null, "Well-being\n  objective", "1");

        assertThat(ElementLabels.of(entries).name("t-1")).isEqualTo("Well-being objective 1");
    }

    @Test
    void aLongLevelNameIsCutSoThatALabelIsBounded() {
        add("t-1", null, "L".repeat(100_000), "1");

        assertThat(ElementLabels.of(entries).name("t-1"))
                .isEqualTo("L".repeat(ElementLabels.MAX_LEVEL - 3) + "... 1");
    }

    @Test
    void aParentGivenAfterItsChildIsRefused() {
        add("p-1", "t-1", "Priority", "A");
        add("t-1", null, "Theme", "1");

        assertThatThrownBy(() -> ElementLabels.of(entries)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p-1");
    }

    @Test
    void anElementNotLabelledIsReportedAsSuch() {
        assertThatThrownBy(() -> threePrioritiesA().name("nothing")).isInstanceOf(java.util.NoSuchElementException.class)
                .hasMessageContaining("nothing");
    }
}
