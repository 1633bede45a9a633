package io.github.councilplan.schema.jsonschema;

import io.github.councilplan.schema.read.Pointers;

import io.github.councilplan.schema.Problem;
import io.github.councilplan.schema.ProblemCode;
import io.github.councilplan.schema.read.LocatedTree;
import io.github.councilplan.schema.rules.ElementPaths;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import java.util.AbstractList;
import java.util.function.Consumer;

/**
 * The schema layer of a validation: the compiled plan schema's verdict on a tree, each error
 * turned into a located {@link Problem} and handed to the validator's collector as the schema
 * library reports it, so that a document with half a million schema errors never has them all
 * in memory at once. Thread-safe: the schema is immutable, and each check has its own sink.
 */
public final class SchemaProblems {
    private final Schema schema;

    /**
     * Creates the schema layer over a compiled schema.
     *
     * @param schema the compiled plan schema, not null
     */
    public SchemaProblems(Schema schema) {
        this.schema = schema;
    }

    /**
     * Checks {@code tree} against the schema, handing every error found to {@code problems} as it
     * is found; a failure of the schema library is one {@link ProblemCode#SCHEMA_OTHER} problem.
     *
     * @param tree the document's tree, not null
     * @param problems where the problems go, not null
     */
    public void check(LocatedTree tree, Consumer<Problem> problems) {
        try {
            schema.validate(tree.root(),
                    context -> context.setErrors(new Sink(tree, ElementPaths.of(tree.root()), problems, "")));
        } catch (RuntimeException e) {
            // the schema library failing on a document is still a verdict on that document, not a crash
            problems.accept(Problem.ofSchema(ProblemCode.SCHEMA_OTHER, "plan: the schema could not be evaluated: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), "", 1, 1, "", "#"));
        }
    }

    /**
     * Checks the data of a declared extension, the value at {@code pointer} in {@code tree},
     * against the extension's compiled schema, handing every error to {@code problems} located in
     * the document as the plan schema's are; a failure of the schema library is one
     * {@link ProblemCode#SCHEMA_OTHER} problem at the value.
     *
     * @param extension the extension's compiled schema, not null
     * @param name the extension's name, for messages; not null
     * @param tree the document's tree, not null
     * @param paths the names of the tree's elements, not null
     * @param pointer where the extension's data is, not null
     * @param problems where the problems go, not null
     */
    public static void checkExtension(Schema extension, String name, LocatedTree tree, ElementPaths paths,
            String pointer, Consumer<Problem> problems) {
        try {
            extension.validate(tree.root().at(pointer),
                    context -> context.setErrors(new Sink(tree, paths, problems, pointer)));
        } catch (RuntimeException e) {
            int[] at = tree.locate(pointer);
            problems.accept(Problem.ofSchema(ProblemCode.SCHEMA_OTHER, paths.describe(pointer)
                    + ": " + pointer + ": the schema of extension '" + name + "' could not be evaluated: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), pointer, at[0], at[1], "",
                    String.valueOf(extension.getSchemaLocation())));
        }
    }

    /** Returns the located problem an error of the schema library stands for. */
    private static Problem problem(Error error, LocatedTree tree, ElementPaths paths, String base) {
        String pointer = base + error.getInstanceLocation().toString();
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        if (error.getProperty() != null
                && (keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties"))) {
            pointer = pointer + "/" + Pointers.escape(error.getProperty());
        }
        int[] at = tree.locate(pointer);
        return Problem.ofSchema(ProblemCode.forSchemaKeyword(keyword),
                paths.describe(pointer) + ": " + message(error, tree, base),
                pointer, at[0], at[1], keyword, String.valueOf(error.getSchemaLocation()));
    }

    /**
     * The schema library's message, after the instance's pointer; for a pattern the schema
     * describes (or a property name its {@code propertyNames} refuses), the offending string and
     * the form it should have, in place of the regular expression.
     */
    private static String message(Error error, LocatedTree tree, String base) {
        String relative = error.getInstanceLocation().toString();
        String location = base + relative;
        String text = null;
        String schemaLocation = String.valueOf(error.getSchemaLocation());
        if (!base.isEmpty()) {
            // an extension's schema: its own words, not the plan schema's forms
            String message = error.getMessage();
            String prefix = relative + ": ";
            text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        } else if ("pattern".equals(error.getKeyword())) {
            text = PatternForms.plan().message(schemaLocation, tree.root().at(location)).orElse(null);
        } else if ("propertyNames".equals(error.getKeyword())) {
            text = PatternForms.plan().propertyNameMessage(schemaLocation, error.getProperty()).orElse(null);
        }
        if (text == null) {
            String message = error.getMessage();
            String prefix = location + ": ";
            text = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        }
        return (location.isEmpty() ? "" : location + ": ") + text;
    }

    /**
     * The list the schema library adds the errors of the document's own evaluation to: each error
     * goes to the collector as it comes and is not held. The library only adds to this list and
     * asks its size (to tell whether a keyword found an error); it collects the errors of
     * alternatives it tries ({@code anyOf}, {@code oneOf}, {@code if}) in lists of its own.
     */
    private static final class Sink extends AbstractList<Error> {
        private final LocatedTree tree;
        private final ElementPaths paths;
        private final Consumer<Problem> problems;
        private final String base;
        private int added;

        Sink(LocatedTree tree, ElementPaths paths, Consumer<Problem> problems, String base) {
            this.tree = tree;
            this.paths = paths;
            this.problems = problems;
            this.base = base;
        }

        @Override
        public void add(int index, Error error) {
            problems.accept(problem(error, tree, paths, base));
            added = added == Integer.MAX_VALUE ? added : added + 1;
        }

        @Override
        public Error get(int index) {
            throw new IndexOutOfBoundsException("the errors are handed on as they come: " + index);
        }

        @Override
        public int size() {
            return added;
        }
    }
}
