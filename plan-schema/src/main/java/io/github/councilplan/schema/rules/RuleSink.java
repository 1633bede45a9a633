package io.github.councilplan.schema.rules;

import io.github.councilplan.schema.ProblemCode;

import java.util.List;

/** Where the plan rules report what they find; the validator locates and collects it. */
public interface RuleSink {
    /**
     * Reports a problem of one value.
     *
     * @param code the code, which also gives the severity
     * @param pointer the JSON pointer of the value at fault
     * @param message the message, naming the element ("deliverable 1.2.3: ...")
     */
    default void report(ProblemCode code, String pointer, String message) {
        report(code, pointer, message, List.of());
    }

    /**
     * Reports a problem that may cover several values of the document.
     *
     * @param code the code, which also gives the severity
     * @param pointer the JSON pointer the problem is located at
     * @param message the message
     * @param related the JSON pointers of every value the problem covers, in document order; empty
     *     for a problem of one value
     */
    void report(ProblemCode code, String pointer, String message, List<String> related);
}
