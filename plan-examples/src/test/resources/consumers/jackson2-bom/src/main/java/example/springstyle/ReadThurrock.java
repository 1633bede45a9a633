package example.springstyle;

import io.github.councilplan.examples.ExamplePlans;
import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;

/** Reads Thurrock's plan document, as an application's first use of the library, on the class path. */
public final class ReadThurrock {
    private ReadThurrock() {}

    public static void main(String[] args) {
        Plan plan = PlanJson.standard().read(ExamplePlans.thurrockDocument());
        System.out.println("read: " + plan.id());
    }
}
