package io.github.councilplan.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Small, valid building blocks for example-based tests: each method returns the least element of
 * its type that the model accepts, with the given id and number ({@code null} for none).
 */
final class Fixtures {
    private Fixtures() {}

    static ElementId id(String id) {
        return ElementId.of(id);
    }

    static DisplayNumber number(String number) {
        return DisplayNumber.of(number);
    }

    static Text text(String text) {
        return Text.of(text);
    }

    static ReportingPeriod period(String period) {
        return ReportingPeriod.parse(period);
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    /** A plan builder with every required attribute set, and nothing else. */
    static Plan.Builder plan() {
        return Plan.builder()
                .id(id("plan"))
                .title(text("A fresh start"))
                .organisation(Organisation.of(text("Thurrock Council")))
                .period(PeriodRange.of(period("2024"), period("2029")));
    }

    static Statement statement(String id, String number) {
        Statement.Builder b = Statement.builder().id(id(id)).addBody(Block.paragraph(text("Foreword text")));
        if (number != null) {
            b.number(number(number));
        }
        return b.build();
    }

    static SharedValue value(String id, String number) {
        SharedValue.Builder b = SharedValue.builder().id(id(id)).name(text("Together"));
        if (number != null) {
            b.number(number(number));
        }
        return b.build();
    }

    static Principle principle(String id, String number) {
        Principle.Builder b = Principle.builder().id(id(id)).name(text("Equality"));
        if (number != null) {
            b.number(number(number));
        }
        return b.build();
    }

    static ItemList itemList(String id, String number) {
        return itemListBuilder(id, number).build();
    }

    static ItemList.Builder itemListBuilder(String id, String number) {
        ItemList.Builder b = ItemList.builder().id(id(id)).title(text("What we will need to do well is:"));
        if (number != null) {
            b.number(number(number));
        }
        return b;
    }

    static ListItem listItem(String id, String number) {
        ListItem.Builder b = ListItem.builder().id(id(id)).text(text("listen to residents"));
        if (number != null) {
            b.number(number(number));
        }
        return b.build();
    }

    static Theme theme(String id, String number) {
        return themeBuilder(id, number).build();
    }

    static Theme.Builder themeBuilder(String id, String number) {
        Theme.Builder b = Theme.builder().id(id(id)).name(text("Enabling"));
        if (number != null) {
            b.number(number(number));
        }
        return b;
    }

    static Outcome outcome(String id, String number) {
        Outcome.Builder b = Outcome.builder().id(id(id)).statement(text("robust internal oversight"));
        if (number != null) {
            b.number(number(number));
        }
        return b.build();
    }

    static Objective objective(String id, String number) {
        return objectiveBuilder(id, number).build();
    }

    static Objective.Builder objectiveBuilder(String id, String number) {
        Objective.Builder b = Objective.builder().id(id(id)).title(text("A strategic objective"));
        if (number != null) {
            b.number(number(number));
        }
        return b;
    }

    static Priority priority(String id, String number) {
        return priorityBuilder(id, number).build();
    }

    static Priority.Builder priorityBuilder(String id, String number) {
        Priority.Builder b = Priority.builder().id(id(id)).title(text("Modernise and digitise services"));
        if (number != null) {
            b.number(number(number));
        }
        return b;
    }

    static Deliverable deliverable(String id, String number) {
        return deliverableBuilder(id, number).build();
    }

    static Deliverable.Builder deliverableBuilder(String id, String number) {
        Deliverable.Builder b = Deliverable.builder().id(id(id)).title(text("Innovate through digital efficiencies"));
        if (number != null) {
            b.number(number(number));
        }
        return b;
    }

    static Milestone milestone(String id, String number) {
        return milestoneBuilder(id, number).build();
    }

    static Milestone.Builder milestoneBuilder(String id, String number) {
        Milestone.Builder b = Milestone.builder().id(id(id)).title(text("Go live")).due(LocalDate.of(2025, 6, 30));
        if (number != null) {
            b.number(number(number));
        }
        return b;
    }

    static Commitment commitment(String id, String number) {
        Commitment.Builder b = Commitment.builder().id(id(id)).text(text("Easier access to the council"));
        if (number != null) {
            b.number(number(number));
        }
        return b.build();
    }

    static Measure measure(String id, String number) {
        return measureBuilder(id, number).build();
    }

    static Measure.Builder measureBuilder(String id, String number) {
        Measure.Builder b = Measure.builder()
                .id(id(id))
                .name(text("Residents satisfied"))
                .unit("%")
                .direction(Direction.HIGHER_IS_BETTER)
                .frequency(PeriodType.FINANCIAL_YEAR);
        if (number != null) {
            b.number(number(number));
        }
        return b;
    }

    static Owner owner(String id, String number) {
        return ownerBuilder(id, number).build();
    }

    static Owner.Builder ownerBuilder(String id, String number) {
        Owner.Builder b = Owner.builder().id(id(id)).name(text("Executive Director of Resources")).type(OwnerType.ROLE);
        if (number != null) {
            b.number(number(number));
        }
        return b;
    }

    static Partner partner(String id, String number) {
        Partner.Builder b = Partner.builder().id(id(id)).name(text("NHS"));
        if (number != null) {
            b.number(number(number));
        }
        return b.build();
    }
}
