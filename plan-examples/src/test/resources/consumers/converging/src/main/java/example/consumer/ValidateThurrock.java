package example.consumer;

import io.github.councilplan.examples.ExamplePlans;
import io.github.councilplan.model.json.PlanJson;
import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.ValidationReport;

/** Validates Thurrock's plan document and reads it, printing the verdict and the plan's id. */
public final class ValidateThurrock {
    private ValidateThurrock() {}

    public static void main(String[] args) {
        byte[] document = ExamplePlans.thurrockDocument();
        ValidationReport report = PlanValidator.create().validate(document, DocumentFormat.JSON);
        System.out.println("valid: " + report.isValid());
        System.out.println("id: " + PlanJson.standard().read(document).id());
    }
}
