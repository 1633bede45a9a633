package io.github.councilplan.examples.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a synthetic plan document from the command line:
 *
 * <pre>
 * synthetic --deliverables N [--seed S] --out FILE
 * </pre>
 *
 * <p>Run it with
 * {@code ./mvnw -q -pl plan-examples exec:java@synthetic -Dexec.args="--deliverables N --seed S --out FILE"}
 * once the project is built. {@code FILE} {@code -} writes to standard output. Exit codes: 0 when
 * the document was written, 1 when it could not be written, 2 for a usage error (a missing, unknown
 * or malformed option). No input makes it print a stack trace. Stateless and thread-safe.
 */
public final class SyntheticPlanCommand {
    /** The usage message. */
    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: synthetic --deliverables N [--seed S] --out FILE",
            "Writes a synthetic plan document (JSON) of N deliverables, generated from the seed S.",
            "  --deliverables N  how many deliverables, " + SyntheticPlans.MIN_DELIVERABLES + " to "
                    + SyntheticPlans.MAX_DELIVERABLES + "; every other count grows with it",
            "  --seed S          any integer (default " + SyntheticPlans.DEFAULT_SEED
                    + "); the same N and S give the same bytes",
            "  --out FILE        where to write the document; - for standard output",
            "  --help, -h        show this message",
            "");

    private SyntheticPlanCommand() {}

    /**
     * Runs the command and exits with its status when that is not 0.
     *
     * @param args the arguments, as in {@link SyntheticPlanCommand}; not null
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the command.
     *
     * @param args the arguments, not null
     * @param out where the document (for {@code --out -}), the usage (for {@code --help}) and the
     *     summary go, not null
     * @param err where errors go, not null
     * @return the exit status: 0 written, 1 not written, 2 usage error
     * @throws NullPointerException if an argument is null
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Integer deliverables = null;
        long seed = SyntheticPlans.DEFAULT_SEED;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            String arg = Objects.requireNonNull(args[i], "args[" + i + "]");
            if (arg.equals("--help") || arg.equals("-h")) {
                out.print(USAGE);
                return 0;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (!name.equals("--deliverables") && !name.equals("--seed") && !name.equals("--out")) {
                return usage(err, "unknown option '" + arg + "'");
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    return usage(err, name + " needs a value");
                }
                value = args[++i];
            }
            switch (name) {
                case "--deliverables":
                    try {
                        deliverables = Integer.valueOf(value.trim());
                    } catch (NumberFormatException e) {
                        return usage(err, "--deliverables '" + value + "' is not a whole number");
                    }
                    if (deliverables < SyntheticPlans.MIN_DELIVERABLES || deliverables > SyntheticPlans.MAX_DELIVERABLES) {
                        return usage(err, "--deliverables " + deliverables + " is out of range: expected "
                                + SyntheticPlans.MIN_DELIVERABLES + " to " + SyntheticPlans.MAX_DELIVERABLES);
                    }
                    break;
                case "--seed":
                    try {
                        seed = Long.parseLong(value.trim());
                    } catch (NumberFormatException e) {
                        return usage(err, "--seed '" + value + "' is not a whole number");
                    }
                    break;
                default:
                    if (value.isBlank()) {
                        return usage(err, "--out needs a file name");
                    }
                    file = value;
                    break;
            }
        }
        if (deliverables == null) {
            return usage(err, "--deliverables is required");
        }
        if (file == null) {
            return usage(err, "--out is required");
        }
        return write(SyntheticPlans.of(deliverables, seed), file, out, err);
    }

    private static int write(SyntheticPlans settings, String file, PrintStream out, PrintStream err) {
        byte[] document = settings.generateJson();
        if (file.equals("-")) {
            out.write(document, 0, document.length);
            out.flush();
            return 0;
        }
        try {
            Files.write(Path.of(file), document);
        } catch (IOException | InvalidPathException | SecurityException e) {
            err.println("synthetic: cannot write " + file + ": " + reason(e));
            return 1;
        }
        out.println("Wrote " + file + ": a synthetic plan of " + settings.deliverables()
                + (settings.deliverables() == 1 ? " deliverable" : " deliverables") + " from seed " + settings.seed()
                + ", " + document.length + " bytes");
        return 0;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("synthetic: " + problem);
        err.print(USAGE);
        return 2;
    }
}
