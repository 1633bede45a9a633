package io.github.councilplan.schema.rules;

import io.github.councilplan.model.structure.JsonNames;
import io.github.councilplan.model.Direction;
import io.github.councilplan.model.ElementKind;
import io.github.councilplan.model.MetricReference;
import io.github.councilplan.model.Polarity;
import io.github.councilplan.model.Violation;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.read.Pointers;
import java.util.Optional;

/**
 * Measures' references to national metrics.
 *
 * <ul>
 *   <li>{@link ProblemCode#RULE_METRIC_SYNTAX}: a reference of a known scheme has the form the
 *       scheme gives it, as {@link MetricReference#violations(String, String, Optional)} says: an
 *       LG Inform id is a metric type's number, and its URI that metric type's address.
 *   <li>{@link ProblemCode#RULE_METRIC_POLARITY}: a metric's polarity does not contradict its
 *       measure's direction ({@link Polarity#contradicts}).
 * </ul>
 *
 * <p>Values of the wrong type are the schema's to report, and are passed over.
 */
final class MetricRules {
    private MetricRules() {}

    static void check(DocumentElements elements, RuleSink sink) {
        for (ElementNode measure : elements.all()) {
            if (measure.kind() != ElementKind.MEASURE) {
                continue;
            }
            Optional<Direction> direction = NodeValues.string(measure.node(), "direction")
                    .flatMap(name -> JsonNames.fromJsonName(Direction.class, name));
            DocumentNode metrics = NodeValues.array(measure.node(), "metrics");
            for (int i = 0; i < NodeValues.size(metrics); i++) {
                DocumentNode metric = metrics.get(i);
                Optional<String> scheme = NodeValues.string(metric, "scheme");
                Optional<String> id = NodeValues.string(metric, "id");
                if (scheme.isPresent() && id.isPresent()) {
                    for (Violation violation : MetricReference.violations(scheme.get(), id.get(),
                            NodeValues.string(metric, "uri"))) {
                        sink.report(ProblemCode.RULE_METRIC_SYNTAX,
                                Pointers.child(measure.pointer(), "metrics", i, violation.field()),
                                measure.describe() + ": metrics[" + i + "]." + violation);
                    }
                }
                Optional<Polarity> polarity = NodeValues.string(metric, "polarity")
                        .flatMap(name -> JsonNames.fromJsonName(Polarity.class, name));
                if (direction.isPresent() && polarity.isPresent() && polarity.get().contradicts(direction.get())) {
                    sink.report(ProblemCode.RULE_METRIC_POLARITY,
                            Pointers.child(measure.pointer(), "metrics", i, "polarity"),
                            measure.describe() + ": metrics[" + i + "].polarity " + JsonNames.jsonName(polarity.get())
                                    + " contradicts the measure's direction " + JsonNames.jsonName(direction.get()));
                }
            }
        }
    }
}
