package io.github.councilplan.examples.bench;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor under the fast path, as a program: binds a JSON file to the model the way
 * {@code plan validate}'s fast path does ({@link PlanJson#tryRead} from Jackson's token stream),
 * and does nothing else: no check of the bytes or the tokens, no plan rule, no report. Run as a
 * whole process beside ajv ({@link ProcessComparison#bindingOnly}), it measures what a validator
 * that builds this library's model from the document must take at least.
 *
 * <p>Prints the number of elements bound to standard output; exits with 0, or 1 when the file
 * cannot be read or does not bind.
 */
final class ModelBinding {
    private ModelBinding() {}

    /**
     * Binds the file named by the only argument.
     *
     * @param args the file's path
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ModelBinding FILE");
            System.exit(2);
        }
        try {
            Optional<Plan> plan = bind(Files.readAllBytes(Path.of(args[0])));
            if (plan.isEmpty()) {
                System.err.println("ModelBinding: " + args[0] + ": does not bind to a plan");
                System.exit(1);
            }
            System.out.println(plan.get().elements().size() + " elements");
        } catch (IOException | RuntimeException e) {
            System.err.println("ModelBinding: " + args[0] + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Binds a JSON document to a plan as the fast path does; empty when it does not bind. */
    static Optional<Plan> bind(byte[] document) {
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), document)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            return PlanJson.standard().tryRead(parser);
        }
    }
}
