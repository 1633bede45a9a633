package io.github.councilplan.examples.bench;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import tools.jackson.core.JacksonException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor under the fast path, as a program: binds a JSON file to the model the way
 * {@code plan validate}'s fast path does ({@link PlanJson#tryRead} from Jackson's token stream, on
 * two threads for a large document), and does nothing else: no check of the bytes or the tokens, no plan rule, no report. Run as a
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

    /** The parsers of the documents bound, with Jackson's default limits. */
    private static final JsonFactory TOKENS = new JsonFactory();

    /**
     * Binds a JSON document to a plan as the fast path binds a large one validated alone, on two
     * threads (the process is run on the 50 MB plan); empty when it does not bind.
     */
    static Optional<Plan> bind(byte[] document) {
        return bind(TOKENS, document, true);
    }

    /**
     * Binds a JSON document to a plan as the fast path does, with parsers of the given factory:
     * {@code shared}, on the calling thread and a thread of the common pool at once, as the fast
     * path binds a document of 256 KiB or more validated alone; else on the calling thread.
     *
     * @return the plan; empty when the document does not bind
     */
    static Optional<Plan> bind(TokenStreamFactory tokens, byte[] document, boolean shared) {
        PlanJson.PartParsers parsers = (bytes, offset, length, depth) ->
                tokens.createParser(ObjectReadContext.empty(), bytes, offset, length);
        try {
            return shared
                    ? PlanJson.standard().tryRead(document, parsers, ForkJoinPool.commonPool())
                    : PlanJson.standard().tryRead(document, parsers);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
