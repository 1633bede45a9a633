package io.github.councilplan.examples;

import io.github.councilplan.schema.DocumentFormat;
import io.github.councilplan.schema.PlanValidator;
import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ValidationReport;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Example: validates plan documents (JSON, or YAML by a {@code .yaml}/{@code .yml} name) and
 * prints every problem found, each with its line, column, code and JSON pointer.
 *
 * <p>Run it with
 * {@code ./mvnw -q -DskipTests package exec:java@validate-file -Dexec.args="FILE..."}; with no
 * file it validates Thurrock's plan. For data teams the {@code plan validate} command does the
 * same with text or JSON output and exit codes. This class is stateless and thread-safe.
 */
public final class ValidateAFile {
    private ValidateAFile() {}

    /**
     * Validates each file named in {@code args} and prints what was found to standard output; a
     * file that cannot be read gets one line on standard error.
     *
     * @param args the files to validate; may be null or empty
     */
    public static void main(String[] args) {
        PlanValidator validator = PlanValidator.create();
        if (args == null || args.length == 0) {
            System.out.print(describe(ExamplePlans.THURROCK_RESOURCE, validator.validate(ExamplePlans.thurrockDocument(),
                    DocumentFormat.JSON)));
            return;
        }
        for (String name : args) {
            try {
                System.out.print(describe(name, validator.validate(Path.of(name))));
            } catch (NoSuchFileException e) {
                System.err.println(name + ": no such file");
            } catch (IOException e) {
                System.err.println(name + ": cannot be read: " + e.getMessage());
            }
        }
    }

    /**
     * Describes a validation report: a verdict line, then one line for each problem, as
     * {@code name:line:column: severity code at pointer: message}. Each line ends with the
     * platform's line separator.
     *
     * @param name the name of what was validated, not null
     * @param report the report, not null
     * @return the description, not null
     * @throws NullPointerException if an argument is null
     */
    public static String describe(String name, ValidationReport report) {
        Objects.requireNonNull(name, "name");
        StringBuilder out = new StringBuilder(name).append(": ").append(report.isValid() ? "valid" : "invalid")
                .append(" (").append(report.errors().size()).append(" errors, ").append(report.warnings().size())
                .append(" warnings)").append(System.lineSeparator());
        for (Problem problem : report.problems()) {
            out.append(name).append(':').append(problem.line()).append(':').append(problem.column()).append(": ")
                    .append(problem.severity().name().toLowerCase(java.util.Locale.ROOT)).append(' ')
                    .append(problem.code().code()).append(" at ")
                    .append(problem.pointer().isEmpty() ? "(document)" : problem.pointer()).append(": ")
                    .append(problem.message()).append(System.lineSeparator());
        }
        return out.toString();
    }
}
