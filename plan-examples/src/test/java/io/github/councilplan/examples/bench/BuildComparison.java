package io.github.councilplan.examples.bench;

import io.github.councilplan.examples.RunningClassPath;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Compares the valid-document load ({@code PlanValidator.validate} of a synthetic plan) of two
 * builds of the library in one JVM, each build in a class loader of its own, run in turn
 * ({@link PairedRatio}): the way to tell whether a change made the load faster on a machine too
 * noisy for two JMH runs one after the other.
 *
 * <pre>
 * BuildComparison --first CLASSES --second CLASSES [--size 20KB|2MB|50MB] [--seconds S]
 * </pre>
 *
 * <p>{@code CLASSES} is a build's own classes as a class path, such as
 * {@code /tmp/old/plan-model/target/classes:/tmp/old/plan-schema/target/classes}; the dependencies
 * (Jackson, networknt and the rest) are this JVM's, its class path and module path without the
 * library's own entries, loaded anew for each build. It prints the second build's time as a ratio
 * of the first's. See docs/performance.md, "Comparing two builds".
 */
public final class BuildComparison {
    /** A class path entry of the library's own: a module's classes or jar, built or installed. */
    private static final Pattern OWN = Pattern.compile(
            ".*([/\\\\]plan-(model|schema|examples)[/\\\\]target[/\\\\].*|[/\\\\]plan-(model|schema|examples)-[^/\\\\]*\\.jar)");
    private static final String USAGE =
            "usage: BuildComparison --first CLASSES --second CLASSES [--size 20KB|2MB|50MB] [--seconds S]";

    private BuildComparison() {}

    /**
     * What the command was asked to compare.
     *
     * @param first the first build's own classes, as a class path
     * @param second the second build's own classes, as a class path
     * @param size the size of the synthetic plan both load
     * @param seconds how long they are measured in turn (after half as long of warm-up)
     */
    record Options(String first, String second, BenchmarkDocuments.Size size, int seconds) {}

    /**
     * Runs the comparison and prints it; an argument or a build it cannot use ends it with a
     * message and exit code 2.
     *
     * @param args {@code --first CLASSES --second CLASSES}, and optionally {@code --size} (default
     *     {@code 2MB}) and {@code --seconds}, the measurement's length (default 30, after half as
     *     long of warm-up)
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println("BuildComparison: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        byte[] document = BenchmarkDocuments.valid(options.size());
        PairedRatio.Result result;
        try {
            result = compare(options.first(), options.second(), document,
                    Duration.ofMillis(options.seconds() * 500L), Duration.ofSeconds(options.seconds()));
        } catch (ReflectiveOperationException | MalformedURLException | LinkageError | IllegalStateException e) {
            System.err.println("BuildComparison: " + e);
            System.exit(2);
            return;
        }
        System.out.println(options.size().label() + ": the second build's load takes " + PairedRatio.describe(result)
                + " the first's time");
    }

    /**
     * Reads the command's arguments.
     *
     * @param args the arguments
     * @return what they ask for
     * @throws IllegalArgumentException naming the first argument that cannot be used
     */
    static Options options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!List.of("--first", "--second", "--size", "--seconds").contains(args[i])) {
                throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
            if (i + 1 == args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException("no value for '" + args[i] + "'");
            }
            if (options.put(args[i], args[++i]) != null) {
                throw new IllegalArgumentException("'" + args[i - 1] + "' given twice");
            }
        }
        String first = options.getOrDefault("--first", "");
        String second = options.getOrDefault("--second", "");
        for (String[] build : new String[][] {{"--first", first}, {"--second", second}}) {
            if (build[1].isEmpty()) {
                throw new IllegalArgumentException("no " + build[0] + " build");
            }
            String missing = missingEntry(build[1]);
            if (missing != null) {
                throw new IllegalArgumentException(build[0] + ": " + missing);
            }
        }
        BenchmarkDocuments.Size size = BenchmarkDocuments.Size.of(options.getOrDefault("--size", "2MB"));
        int seconds;
        try {
            seconds = Integer.parseInt(options.getOrDefault("--seconds", "30"));
        } catch (NumberFormatException e) {
            seconds = 0;
        }
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds must be a whole number, 1 or more: '"
                    + options.get("--seconds") + "'");
        }
        return new Options(first, second, size, seconds);
    }

    /**
     * Names the first entry of a class path that is empty or does not exist, or returns null when
     * every one exists.
     */
    static String missingEntry(String classPath) {
        for (String entry : classPath.split(Pattern.quote(File.pathSeparator), -1)) {
            if (entry.isEmpty()) {
                return "an empty entry in " + classPath;
            }
            if (!Files.exists(Path.of(entry))) {
                return "no such directory or jar: " + entry;
            }
        }
        return null;
    }

    /**
     * Loads each build in a class loader of its own and measures the second's load of the document
     * against the first's; the loaders are closed when it returns.
     *
     * @param first the first build's own classes, as a class path
     * @param second the second build's own classes, as a class path
     * @param document a valid plan document, in JSON
     * @param warmUp how long both builds load it in turn before they are measured
     * @param measurement how long they are measured in turn, at least
     * @return the second build's time as a ratio of the first's
     * @throws IllegalStateException if a build finds the document not valid or fails to validate it
     * @throws ReflectiveOperationException if a build lacks the validator's public API
     * @throws MalformedURLException if an entry of a class path is no path
     */
    static PairedRatio.Result compare(String first, String second, byte[] document, Duration warmUp,
            Duration measurement) throws ReflectiveOperationException, MalformedURLException {
        try (Build firstBuild = Build.load(first, document); Build secondBuild = Build.load(second, document)) {
            return PairedRatio.measure(secondBuild.load(), firstBuild.load(), warmUp, measurement);
        }
    }

    /** Tells whether a class path entry is one of the library's own. */
    static boolean own(String entry) {
        return OWN.matcher(entry).matches();
    }

    /**
     * Returns this JVM's class path and module path without the library's own entries: what both
     * builds share, each loading it anew.
     */
    static List<String> dependencies() {
        return RunningClassPath.entries().stream().filter(entry -> !own(entry)).toList();
    }

    /**
     * A build's class loader: its own classes first, then the dependencies' (each loaded anew),
     * and only then the platform's; never the library's classes from anywhere else. A plain
     * loader with the platform's as its parent is not enough: where this JVM runs the library as
     * named modules (the tests do), the platform loader hands out their classes.
     */
    static final class BuildLoader extends URLClassLoader {
        private static final String LIBRARY = "io.github.councilplan.";

        static {
            registerAsParallelCapable();
        }

        BuildLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    try {
                        loaded = findClass(name);
                    } catch (ClassNotFoundException e) {
                        if (name.startsWith(LIBRARY)) {
                            throw e;
                        }
                        loaded = getParent().loadClass(name);
                    }
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : getParent().getResource(name);
        }
    }

    /**
     * A build of the library in a class loader of its own, with its load of one document.
     *
     * @param loader the build's class loader, closed with this
     * @param load the build's load of the document, each call one {@code validate}
     */
    record Build(URLClassLoader loader, Supplier<?> load) implements AutoCloseable {
        /**
         * Loads a build and checks that it finds the document valid; the thread's context class
         * loader is the build's while its validator is made.
         *
         * @throws IllegalStateException if the build finds the document not valid or fails to validate it
         */
        static Build load(String classes, byte[] document) throws ReflectiveOperationException, MalformedURLException {
            List<URL> urls = new ArrayList<>();
            for (String entry : classes.split(Pattern.quote(File.pathSeparator))) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            for (String entry : dependencies()) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            URLClassLoader loader = new BuildLoader(urls.toArray(URL[]::new));
            Thread thread = Thread.currentThread();
            ClassLoader context = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Class<?> validatorClass = Class.forName("io.github.councilplan.schema.PlanValidator", true, loader);
                Class<?> formatClass = Class.forName("io.github.councilplan.schema.DocumentFormat", true, loader);
                Class<?> reportClass = Class.forName("io.github.councilplan.schema.ValidationReport", true, loader);
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                MethodHandle create = lookup.findStatic(validatorClass, "create", MethodType.methodType(validatorClass));
                MethodHandle problems = lookup.findVirtual(reportClass, "problems", MethodType.methodType(List.class));
                Object json = formatClass.getField("JSON").get(null);
                MethodHandle validate = lookup.findVirtual(validatorClass, "validate",
                        MethodType.methodType(reportClass, byte[].class, formatClass)).bindTo(invoke(create, classes));
                Object report = invoke(validate, classes, document, json);
                if (!((List<?>) invoke(problems, classes, report)).isEmpty()) {
                    throw new IllegalStateException("the build at " + classes + " finds the document not valid: "
                            + report);
                }
                Build build = new Build(loader, () -> invoke(validate, classes, document, json));
                loader = null;
                return build;
            } finally {
                thread.setContextClassLoader(context);
                if (loader != null) {
                    close(loader);
                }
            }
        }

        @Override
        public void close() {
            close(loader);
        }

        private static void close(URLClassLoader loader) {
            try {
                loader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Object invoke(MethodHandle handle, String classes, Object... arguments) {
            try {
                return handle.invokeWithArguments(arguments);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("the build at " + classes + " failed: " + e, e);
            }
        }
    }
}
