package io.github.councilplan.schema;


import io.github.councilplan.schema.jsonschema.PlanSchema;
import io.github.councilplan.schema.jsonschema.SchemaProblems;
import io.github.councilplan.schema.read.DocumentProblemException;
import io.github.councilplan.schema.read.JsonTreeReader;
import io.github.councilplan.schema.read.LocatedTree;
import io.github.councilplan.schema.read.TreeReader;
import io.github.councilplan.schema.read.YamlTreeReader;
import io.github.councilplan.schema.rules.DocumentElements;
import io.github.councilplan.schema.rules.DocumentNode;
import io.github.councilplan.schema.rules.ElementPaths;
import io.github.councilplan.schema.rules.PlanRules;
import io.github.councilplan.schema.rules.RelatedPlanRules;
import io.github.councilplan.schema.rules.RuleSink;

import io.github.councilplan.model.Plan;
import io.github.councilplan.model.json.DocumentProblem;
import io.github.councilplan.model.json.InvalidPlanException;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Validates plan documents, reporting every problem at once with a code, a message, a JSON
 * pointer and a line and column, and handing back the {@link Plan} when the document is valid.
 *
 * <p>A document is checked in three layers: its syntax (JSON, or YAML without custom tags), the
 * JSON Schema of the format, and the plan rules a schema cannot express (ids unique across the
 * plan, references that resolve to an element of the right kind, numbering, dates and periods
 * inside the plan's period, text in every declared language; see {@link ProblemCode}). A syntax
 * problem stops the check, as nothing after it can be read; the other layers report everything
 * they find. When there is no error, the plan is built from the same parse: the document's bytes
 * are read once.
 *
 * <p>Reading is bounded by {@link ValidationLimits}; a document over a limit gets a
 * {@code limit.*} problem. Schemas come from this library's resources only: the validator makes
 * no network request, whatever the document contains. No document makes {@code validate} throw.
 *
 * <p>A valid JSON document is checked the fast way: one streaming pass over its tokens, then the
 * model built straight from it and the plan rules read over the model, with no tree and no JSON
 * Schema library. Any other document, and any JSON document in which the fast way finds anything
 * at all (even a warning), is checked the full way: a located tree, the JSON Schema and the plan
 * rules, every problem located. The report is the same either way; only its cost differs. A
 * large JSON document (256 KiB or more) validated on its own, on a machine of more than one
 * processor, has its elements found and its plan rules checked on two threads at once, the calling
 * thread and a thread of the common fork-join pool
 * ({@link java.util.concurrent.ForkJoinPool#commonPool()}), each taking the next share of the work
 * when it has done one; the calling thread does whatever the pool has not begun.
 *
 * <p>A plan that declares the extensions it uses ({@code extensionsUsed}) is always checked the
 * full way: each declared extension's data is checked against the extension's own JSON Schema,
 * given to the validator ({@link #builder()}) or found on the class path, never fetched; see
 * {@link ExtensionSchema}.
 *
 * <p>Instances are immutable and thread-safe: the schema is compiled once, when a document first
 * needs the full check; share one validator.
 */
public final class PlanValidator {
    /** The reason given for a file that is not a regular file, such as a named pipe or a device. */
    private static final String NOT_A_REGULAR_FILE = "not a regular file";
    /** The reason given for a file that is a directory. */
    private static final String A_DIRECTORY = "is a directory";

    private final ValidationLimits limits;
    private final TreeReader json;
    private final TreeReader yaml;
    private final FastPath fast;
    private final ExtensionChecks extensions;

    private PlanValidator(ValidationLimits limits, boolean fastPath) {
        this(limits, fastPath, Map.of(), defaultLoader());
    }

    private PlanValidator(ValidationLimits limits, boolean fastPath, Map<String, ExtensionSchema> extensionSchemas,
            ClassLoader loader) {
        // before any other use of Jackson: fails here, naming the fix, if jackson-annotations is too
        // old for Jackson 3 (the schema library starts SLF4J when it is first used: PlanSchema)
        PlanJson.standard();
        this.limits = limits;
        this.json = new JsonTreeReader(limits);
        this.yaml = new YamlTreeReader(limits);
        this.fast = fastPath ? new FastPath(limits) : null;
        this.extensions = new ExtensionChecks(extensionSchemas, loader);
    }

    /** The class loader extension schemas are looked up in by default. */
    private static ClassLoader defaultLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : PlanValidator.class.getClassLoader();
    }

    /**
     * Returns a builder of a validator with options: its limits, the schemas of the extensions
     * plans may declare, and the class loader those schemas are otherwise looked up in.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a validator with the default limits.
     *
     * @return the validator, not null
     * @throws IllegalStateException if the class path has a jackson-annotations too old for
     *     Jackson 3 (see {@link PlanJson#standard()}), with a message naming the fix
     */
    public static PlanValidator create() {
        return new PlanValidator(ValidationLimits.defaults(), true);
    }

    /**
     * Creates a validator with the given limits.
     *
     * @param limits the limits, not null
     * @return the validator, not null
     * @throws NullPointerException if {@code limits} is null
     * @throws IllegalStateException if the class path has a jackson-annotations too old for
     *     Jackson 3 (see {@link PlanJson#standard()}), with a message naming the fix
     */
    public static PlanValidator create(ValidationLimits limits) {
        return new PlanValidator(Objects.requireNonNull(limits, "limits"), true);
    }

    /**
     * Creates a validator that checks every document the full way, never the fast way: the
     * reference that tests hold the fast path to (a document it passes is one this validator
     * finds no problem in).
     */
    static PlanValidator fullCheckOnly(ValidationLimits limits) {
        return new PlanValidator(Objects.requireNonNull(limits, "limits"), false);
    }

    /**
     * Returns the limits this validator reads under.
     *
     * @return the limits, not null
     */
    public ValidationLimits limits() {
        return limits;
    }

    /**
     * Validates a file, choosing JSON or YAML by its extension ({@code .yaml} and {@code .yml}
     * are YAML).
     *
     * @param file the file, not null
     * @return the report, not null
     * @throws IOException if the file cannot be read (missing, a directory, unreadable, or not a
     *     regular file, as {@link #validate(Path, DocumentFormat)} says)
     * @throws NullPointerException if {@code file} is null
     */
    public ValidationReport validate(Path file) throws IOException {
        return validate(file, DocumentFormat.of(file));
    }

    /**
     * Validates a file in the given format. Only a regular file is read (a symbolic link is
     * followed): a directory, a named pipe, a device or a socket is refused before it is opened,
     * since reading one could block for ever or never end; and no more than
     * {@link ValidationLimits#maxDocumentBytes()} bytes are read.
     *
     * @param file the file, not null
     * @param format the format, not null
     * @return the report, not null
     * @throws IOException if the file cannot be read: missing, unreadable, or not a regular file
     *     (a {@link FileSystemException} whose {@link FileSystemException#getReason() reason} is
     *     {@code "not a regular file"} or {@code "is a directory"})
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(Path file, DocumentFormat format) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null,
                    attributes.isDirectory() ? A_DIRECTORY : NOT_A_REGULAR_FILE);
        }
        return validateTogether(List.of(PlanDocument.of(file, format))).get(0);
    }

    /**
     * Validates a document held in a string.
     *
     * @param document the document, not null
     * @param format the format, not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(String document, DocumentFormat format) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        if ((long) document.length() > limits.maxDocumentBytes()) {
            return tooLarge(document.length(), "characters");
        }
        try {
            return validate(utf8(document), format);
        } catch (DocumentProblemException e) {
            return only(e.problem());
        }
    }

    /**
     * Validates a document held in bytes (UTF-8, or UTF-16 or UTF-32 with or without a byte order
     * mark, for JSON).
     *
     * @param document the document, not null
     * @param format the format, not null
     * @return the report, not null
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(byte[] document, DocumentFormat format) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        if (document.length > limits.maxDocumentBytes()) {
            return tooLarge(document.length, "bytes");
        }
        return check(document, format == DocumentFormat.YAML ? yaml : json);
    }

    /**
     * Validates a document read from a stream, which is read to its end but not closed. At most
     * {@link ValidationLimits#maxDocumentBytes()} bytes are read.
     *
     * @param document the stream, not null
     * @param format the format, not null
     * @return the report, not null
     * @throws IOException if reading the stream fails
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(InputStream document, DocumentFormat format) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        long max = limits.maxDocumentBytes();
        byte[] bytes = BoundedBytes.read(document, max);
        if (bytes.length > max) {
            return tooLarge(bytes.length, "bytes");
        }
        return validate(bytes, format);
    }

    /**
     * Validates a document read from a character stream, which is read to its end but not
     * closed. At most {@link ValidationLimits#maxDocumentBytes()} characters are read.
     *
     * @param document the reader, not null
     * @param format the format, not null
     * @return the report, not null
     * @throws IOException if reading fails
     * @throws NullPointerException if an argument is null
     */
    public ValidationReport validate(Reader document, DocumentFormat format) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        long max = limits.maxDocumentBytes();
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = document.read(buffer)) != -1) {
            text.append(buffer, 0, n);
            if (text.length() > max) {
                return tooLarge(text.length(), "characters");
            }
        }
        try {
            return validate(utf8(text), format);
        } catch (DocumentProblemException e) {
            return only(e.problem());
        }
    }

    /**
     * Encodes text as UTF-8, refusing an unpaired surrogate (which no encoding can carry) with a
     * located problem rather than replacing it.
     */
    static byte[] utf8(CharSequence text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new DocumentProblemException(ProblemCode.SYNTAX_MALFORMED, String.format(
                        "the text holds an unpaired surrogate \\u%04x, which is not a character", (int) c), line, column);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text));
        byte[] array = new byte[bytes.remaining()];
        bytes.get(array);
        return array;
    }

    private ValidationReport tooLarge(long size, String unit) {
        return only(Problem.of(ProblemCode.LIMIT_DOCUMENT_SIZE,
                "the document is larger than the limit of " + limits.maxDocumentBytes() + " bytes (at least "
                        + size + " " + unit + ")", "", 1, 1));
    }

    /** Returns the report of a document with one problem, found before it could be read. */
    private ValidationReport only(Problem problem) {
        ProblemCollector problems = new ProblemCollector(limits);
        problems.add(problem);
        return problems.report(Optional.empty());
    }

    private ValidationReport check(byte[] document, TreeReader reader) {
        try {
            return checkTogether(List.of(read(() -> document, reader, true)), reader).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException("bytes in memory are read without I/O", e);
        }
    }

    /**
     * Applies the rules across documents, reading fully every document that passed the fast path
     * but drew a problem there, and reports on each.
     */
    private List<ValidationReport> checkTogether(List<Checked> checked, TreeReader reader) throws IOException {
        List<RelatedPlanRules.Given> given = new ArrayList<>(checked.size());
        checked.forEach(one -> given.add(one.given()));
        RelatedPlanRules.check(given);
        if (checked.stream().anyMatch(Checked::flagged)) {
            List<Checked> again = new ArrayList<>(checked.size());
            List<RelatedPlanRules.Given> givenAgain = new ArrayList<>(checked.size());
            for (Checked one : checked) {
                Checked read = one.flagged() ? readFully(one.source(), reader) : one;
                again.add(read);
                // a document read once already reports nothing again
                givenAgain.add(one.flagged() ? read.given() : one.given((code, pointer, message, related) -> { }));
            }
            RelatedPlanRules.check(givenAgain);
            checked = again;
        }
        List<ValidationReport> reports = new ArrayList<>(checked.size());
        for (Checked one : checked) {
            try {
                reports.add(one.finish());
            } catch (OutOfMemoryError e) {
                // the plan built from a tree that only just fitted
                reports.add(outOfMemory());
            }
        }
        return List.copyOf(reports);
    }

    /**
     * Validates plan documents together, such as a long-term strategy and its annual delivery
     * plan: each as {@link #validate(Path)} does, and, across them, every link into a related plan
     * whose document is among those given is resolved in that document
     * ({@code rule.unresolved-reference} or {@code rule.wrong-reference-kind} when it does not
     * resolve there). Links into a related plan whose document is not given cannot be checked:
     * they get one {@code rule.unchecked-reference} note per plan. Validating one document alone
     * is validating it together with nothing. Several documents are read and checked at the same
     * time, on up to as many threads as there are processors; the reports come in the order given.
     *
     * @param documents the documents, not null; files are read within this validator's limits, as
     *     {@link #validate(Path, DocumentFormat)} reads them
     * @return one report per document, in the order given; an unmodifiable list, not null
     * @throws IOException if a file cannot be read (missing, unreadable, or not a regular file)
     * @throws NullPointerException if {@code documents} is null or holds null
     */
    public List<ValidationReport> validateTogether(List<PlanDocument> documents) throws IOException {
        Objects.requireNonNull(documents, "documents");
        documents.forEach(document -> Objects.requireNonNull(document, "document"));
        return checkTogether(readEach(documents), json);
    }

    /**
     * Reads and checks each document on its own: on as many threads as there are processors, up
     * to one a document, when there is more than one document; the results in the order given, and
     * the first failure in that order thrown.
     */
    private List<Checked> readEach(List<PlanDocument> documents) throws IOException {
        int threads = Math.min(documents.size(), Runtime.getRuntime().availableProcessors());
        List<Checked> checked = new ArrayList<>(documents.size());
        if (threads <= 1) {
            for (PlanDocument document : documents) {
                checked.add(readOne(document, true));
            }
            return checked;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "plan-validator");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Checked>> futures = new ArrayList<>(documents.size());
            for (PlanDocument document : documents) {
                futures.add(pool.submit(() -> readOne(document, false)));
            }
            for (Future<Checked> future : futures) {
                checked.add(result(future));
            }
            return checked;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Checked result(Future<Checked> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while validating");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                throw (IOException) cause;
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Reads one document, from its bytes or its file, and checks it on its own; {@code alone}
     * when no other document is being checked at the same time.
     */
    private Checked readOne(PlanDocument document, boolean alone) throws IOException {
        TreeReader reader = document.format() == DocumentFormat.YAML ? yaml : json;
        if (document.bytes() != null) {
            return document.bytes().length > limits.maxDocumentBytes()
                    ? Checked.failed(tooLarge(document.bytes().length, "bytes")) : read(document::bytes, reader, alone);
        }
        Path file = document.file().orElseThrow();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new FileSystemException(file.toString(), null,
                    attributes.isDirectory() ? A_DIRECTORY : NOT_A_REGULAR_FILE);
        }
        if (attributes.size() > limits.maxDocumentBytes()) {
            return Checked.failed(tooLarge(attributes.size(), "bytes"));
        }
        return read(() -> {
            try (InputStream in = Files.newInputStream(file)) {
                return BoundedBytes.read(in, limits.maxDocumentBytes());
            }
        }, reader, alone);
    }

    /**
     * Where a document's bytes come from: held in memory, or a file read again each time they are
     * needed, so that a large file's bytes are not held while its model is checked, and are read
     * again only for the full check. The bytes may be more than the limit allows (a file that
     * grew): each reader of them checks.
     */
    @FunctionalInterface
    private interface Source {
        byte[] bytes() throws IOException;
    }

    /**
     * Checks a document on its own: the fast way for JSON ({@link FastPath}), which decides only
     * that a document is valid with no problem; else the full way. A large document checked
     * {@code alone} (no other document at the same time) has its rules checked on two cores.
     */
    private Checked read(Source source, TreeReader reader, boolean alone) throws IOException {
        if (fast != null && reader == json) {
            try {
                Bound bound = bindFast(source, alone);
                if (bound != null && fast.rulesPass(bound.plan(), bound.helped())) {
                    return Checked.passed(bound.plan(), source, limits);
                }
            } catch (OutOfMemoryError e) {
                // what the fast way cannot hold, the full way cannot either; what it held is free again
                return Checked.failed(outOfMemory());
            }
        }
        return readFully(source, reader);
    }

    /** A plan bound the fast way, and whether its rules are to be checked on two threads. */
    private record Bound(Plan plan, boolean helped) {}

    /**
     * Binds a document the fast way, its bytes not held once this returns; its rules are checked
     * on two threads when {@link FastPath#helps} says so.
     *
     * @return the plan bound, or null when the full check must decide
     */
    private Bound bindFast(Source source, boolean alone) throws IOException {
        byte[] document = source.bytes();
        if (document.length > limits.maxDocumentBytes()) {
            return null;
        }
        boolean helped = FastPath.helps(document.length, alone);
        Optional<Plan> plan = fast.bind(document, helped);
        return plan.isPresent() ? new Bound(plan.get(), helped) : null;
    }

    /**
     * Reads a document into a located tree and checks its schema and the rules of one document;
     * when the tree and its checks do not fit in the heap, reports that instead
     * ({@link ProblemCode#LIMIT_MEMORY}): what they held is free again once this returns.
     */
    private Checked readFully(Source source, TreeReader reader) throws IOException {
        byte[] document = source.bytes();
        if (document.length > limits.maxDocumentBytes()) {
            return Checked.failed(tooLarge(document.length, "bytes"));
        }
        // compiled before the tree is read, so that a heap the tree fills cannot fail the schema's compilation
        SchemaProblems schema = CompiledSchema.PROBLEMS;
        try {
            return readFully(document, reader, schema);
        } catch (OutOfMemoryError e) {
            return Checked.failed(outOfMemory());
        }
    }

    private Checked readFully(byte[] document, TreeReader reader, SchemaProblems schema) {
        ProblemCollector problems = new ProblemCollector(limits);
        LocatedTree tree;
        try {
            tree = reader.read(document);
        } catch (DocumentProblemException e) {
            problems.add(e.problem());
            return Checked.failed(problems.report(Optional.empty()));
        }
        schema.check(tree, problems::add);
        RuleSink sink = (code, pointer, message, related) -> {
            int[] at = tree.locate(pointer);
            problems.add(Problem.of(code, message, pointer, at[0], at[1], related));
        };
        DocumentElements elements = PlanRules.check(DocumentNode.of(tree.root()), sink);
        extensions.check(tree, problems::add);
        return new Checked(tree, elements, problems, sink, null, null, null);
    }

    /** Returns the report of a document too large to check within the heap this JVM has. */
    private ValidationReport outOfMemory() {
        return only(Problem.of(ProblemCode.LIMIT_MEMORY, String.format("the document could not be checked within"
                + " this Java virtual machine's heap of %,d MiB; run it with a larger heap (-Xmx) to have the"
                + " document checked", Runtime.getRuntime().maxMemory() >> 20), "", 1, 1));
    }

    /**
     * Builds a {@link PlanValidator} with options. Not thread-safe; the validator it builds is.
     *
     * <p>A plan that declares extensions ({@code extensionsUsed}) has each one's data checked
     * against its schema: the one given here for that name and version, or else the class path
     * resource {@link ExtensionSchema#resourceName(String, String)}, looked up in the class loader
     * set here (by default, the thread's context class loader when the validator is built).
     */
    public static final class Builder {
        private ValidationLimits limits = ValidationLimits.defaults();
        private final Map<String, ExtensionSchema> extensionSchemas = new LinkedHashMap<>();
        private ClassLoader loader;

        private Builder() {}

        /**
         * Sets the limits the validator reads under; by default {@link ValidationLimits#defaults()}.
         *
         * @param limits the limits, not null
         * @return this builder, not null
         * @throws NullPointerException if {@code limits} is null
         */
        public Builder limits(ValidationLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Gives the validator the schema of one version of an extension, which it uses in place of
         * any on the class path; a second schema for the same name and version replaces the first.
         *
         * @param schema the schema, not null
         * @return this builder, not null
         * @throws NullPointerException if {@code schema} is null
         */
        public Builder extensionSchema(ExtensionSchema schema) {
            Objects.requireNonNull(schema, "schema");
            extensionSchemas.put(ExtensionChecks.key(schema.name(), schema.version()), schema);
            return this;
        }

        /**
         * Sets the class loader in which extension schemas not given to the validator are looked
         * up, as resources {@code META-INF/councilplan/extensions/NAME/VERSION.schema.json}.
         *
         * @param loader the class loader, not null
         * @return this builder, not null
         * @throws NullPointerException if {@code loader} is null
         */
        public Builder classLoader(ClassLoader loader) {
            this.loader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator, not null
         * @throws IllegalStateException if the class path has a jackson-annotations too old for
         *     Jackson 3 (see {@link PlanJson#standard()}), with a message naming the fix
         */
        public PlanValidator build() {
            return new PlanValidator(limits, true, extensionSchemas, loader != null ? loader : defaultLoader());
        }

        /** Builds a validator that never takes the fast path (for the tests). */
        PlanValidator buildFullCheckOnly() {
            return new PlanValidator(limits, false, extensionSchemas, loader != null ? loader : defaultLoader());
        }
    }

    /** The schema, compiled once, when a document first needs the full check: a valid JSON document never does. */
    private static final class CompiledSchema {
        static final SchemaProblems PROBLEMS = new SchemaProblems(PlanSchema.compile());
    }

    /**
     * One document read and checked on its own, before the rules across documents and the model:
     * read fully (a located tree, its problems, where the rules across documents report), failed
     * (a report already), or passed on the fast path (its plan; a problem the rules across
     * documents find in it is {@linkplain #flagged() flagged}, and the document is then read fully
     * to locate it).
     */
    private record Checked(LocatedTree tree, DocumentElements elements, ProblemCollector problems, RuleSink sink,
            ValidationReport failed, Plan passed, Source source) {
        static Checked failed(ValidationReport report) {
            return new Checked(null, null, null, null, report, null, null);
        }

        static Checked passed(Plan plan, Source source, ValidationLimits limits) {
            ProblemCollector flags = new ProblemCollector(limits);
            return new Checked(null, null, flags, (code, pointer, message, related) ->
                    flags.add(Problem.of(code, message, pointer, 1, 1)), null, plan, source);
        }

        /** Tells whether a document that passed the fast path got a problem from the rules across documents. */
        boolean flagged() {
            return passed != null && problems.hasAny();
        }

        RelatedPlanRules.Given given() {
            return given(sink != null ? sink : (code, pointer, message, related) -> { });
        }

        /** Returns the document as the rules across documents read it, reporting to {@code to}. */
        RelatedPlanRules.Given given(RuleSink to) {
            return passed != null ? RelatedPlanRules.Given.ofModel(passed, to) : RelatedPlanRules.Given.of(elements, to);
        }

        /** Builds the plan from the same parse when there is no error, and reports. */
        ValidationReport finish() {
            if (failed != null) {
                return failed;
            }
            if (passed != null) {
                return problems.report(Optional.of(passed));
            }
            if (problems.hasErrors()) {
                return problems.report(Optional.empty());
            }
            try {
                Plan plan = PlanJson.standard().read(tree.root());
                return problems.report(Optional.of(plan));
            } catch (InvalidPlanException e) {
                // the model's own verdict, as PlanJson and PlanYaml give it, located in this document
                ElementPaths paths = ElementPaths.of(tree.root());
                for (DocumentProblem problem : e.problems()) {
                    String pointer = problem.pointer();
                    int[] at = tree.locate(pointer);
                    problems.add(Problem.of(ProblemCode.MODEL_INVALID,
                            paths.describe(pointer) + ": " + problem.message(), pointer, at[0], at[1]));
                }
                return problems.report(Optional.empty());
            }
        }
    }
}
