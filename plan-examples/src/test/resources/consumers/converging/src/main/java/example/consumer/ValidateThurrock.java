package example.consumer;

import io.github.councilplan.examples.ExamplePlans;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;
import java.nio.charset.StandardCharsets;

/**
 * Validates Thurrock's plan document and reads it, printing the verdict and the plan's id; then
 * validates a document that is not a plan, which the JSON Schema library (and so SLF4J) checks,
 * printing its verdict.
 */
public final class ValidateThurrock {
    private ValidateThurrock() {}

    public static void main(String[] args) {
        byte[] document = ExamplePlans.thurrockDocument();
        PlanValidator validator = PlanValidator.create();
        ValidationReport report = validator.validate(document, DocumentFormat.JSON);
        System.out.println("valid: " + report.isValid());
        System.out.println("id: " + PlanJson.standard().read(document).id());
        ValidationReport notAPlan = validator.validate("{\"title\": 42}".getBytes(StandardCharsets.UTF_8),
                DocumentFormat.JSON);
        System.out.println("not a plan, valid: " + notAPlan.isValid());
    }
}
