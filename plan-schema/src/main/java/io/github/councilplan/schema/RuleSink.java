package io.github.councilplan.schema;

/** Where the plan rules report what they find; the validator locates and collects it. */
interface RuleSink {
    /**
     * Reports a problem.
     *
     * @param code the code, which also gives the severity
     * @param pointer the JSON pointer of the value at fault
     * @param message the message, naming the element ("deliverable 1.2.3: ...")
     */
    void report(ProblemCode code, String pointer, String message);
}
