package io.github.councilplan.examples.bench;

import java.io.File;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * library's own entries. It prints the second build's time as a share of the first's. See docs/performance.md,
 * "Comparing two builds".
 */
public final class BuildComparison {
    /** A class path entry of the library's own: a module's classes or jar, built or installed. */
    private static final Pattern OWN = Pattern.compile(
            ".*([/\\\\]plan-(model|schema|examples)[/\\\\]target[/\\\\].*|[/\\\\]plan-(model|schema|examples)-[^/\\\\]*\\.jar)");

    private BuildComparison() {}

    /**
     * Runs the comparison and prints it.
     *
     * @param args {@code --first CLASSES --second CLASSES}, and optionally {@code --size} (default
     *     {@code 2MB}) and {@code --seconds}, the measurement's length (default 30; the warm-up
     *     takes half as long again)
     * @throws Exception if a build cannot be loaded or does not find the document valid
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        String refused = null;
        for (int i = 0; i < args.length && refused == null; i++) {
            boolean known = List.of("--first", "--second", "--size", "--seconds").contains(args[i]);
            boolean valued = i + 1 < args.length && !args[i + 1].startsWith("--");
            if (!known || !valued) {
                refused = (known ? "no value for " : "unknown argument ") + "'" + args[i] + "'";
            } else {
                options.put(args[i], args[++i]);
            }
        }
        String first = options.getOrDefault("--first", "");
        String second = options.getOrDefault("--second", "");
        String missing = refused != null ? refused
                : first.isEmpty() ? "no --first build"
                : second.isEmpty() ? "no --second build"
                : missingEntry(first + File.pathSeparator + second);
        BenchmarkDocuments.Size size = null;
        int seconds = 0;
        try {
            size = BenchmarkDocuments.Size.of(options.getOrDefault("--size", "2MB"));
            seconds = Integer.parseInt(options.getOrDefault("--seconds", "30"));
        } catch (IllegalArgumentException e) {
            missing = missing != null ? missing : e.getMessage();
        }
        if (missing != null || seconds < 1) {
            System.err.println("BuildComparison: " + (missing != null ? missing : "--seconds must be 1 or more")
                    + "\nusage: BuildComparison --first CLASSES --second CLASSES [--size 20KB|2MB|50MB] [--seconds S]");
            System.exit(2);
        }
        byte[] document = BenchmarkDocuments.valid(size);
        PairedRatio.Result result = compare(first, second, document, Duration.ofSeconds(seconds / 2),
                Duration.ofSeconds(seconds));
        System.out.println(size.label() + ": the second build's load takes " + PairedRatio.describe(result)
                + " the first's time");
    }

    /**
     * Loads each build in a class loader of its own and measures the second's load of the document
     * against the first's.
     *
     * @param first the first build's own classes, as a class path
     * @param second the second build's own classes, as a class path
     * @param document a valid plan document, in JSON
     * @param warmUp how long both builds load it in turn before they are measured
     * @param measurement how long they are measured in turn, at least
     * @return the second build's time as a ratio of the first's
     * @throws IllegalStateException if a build finds the document not valid
     * @throws ReflectiveOperationException if a build lacks the validator's public API
     * @throws MalformedURLException if an entry of a class path is no path
     */
    static PairedRatio.Result compare(String first, String second, byte[] document, Duration warmUp,
            Duration measurement) throws ReflectiveOperationException, MalformedURLException {
        Supplier<?> firstLoad = load(first, document);
        Supplier<?> secondLoad = load(second, document);
        return PairedRatio.measure(secondLoad, firstLoad, warmUp, measurement);
    }

    /** Names the first entry of a class path that does not exist, or returns null when every one does. */
    static String missingEntry(String classPath) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!Files.exists(Path.of(entry))) {
                return "no such directory or jar: " + entry;
            }
        }
        return null;
    }

    /**
     * Returns this JVM's class path and module path without the library's own entries: what both
     * builds share, each loading it anew.
     */
    static List<String> dependencies() {
        return entries().stream().filter(entry -> !own(entry)).toList();
    }

    /** Returns this JVM's class path and module path, entry by entry. */
    static List<String> entries() {
        return Stream.of("java.class.path", "jdk.module.path").map(System::getProperty)
                .filter(value -> value != null && !value.isEmpty())
                .flatMap(value -> Arrays.stream(value.split(File.pathSeparator)))
                .filter(entry -> !entry.isEmpty()).distinct().toList();
    }

    /** Tells whether a class path entry is one of the library's own. */
    static boolean own(String entry) {
        return OWN.matcher(entry).matches();
    }

    /** A build's load of the document, the build loaded in a class loader of its own. */
    private static Supplier<?> load(String classes, byte[] document)
            throws ReflectiveOperationException, MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classes.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        for (String entry : dependencies()) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Class<?> validatorClass = Class.forName("io.github.councilplan.schema.PlanValidator", true, loader);
        Class<?> formatClass = Class.forName("io.github.councilplan.schema.DocumentFormat", true, loader);
        Class<?> reportClass = Class.forName("io.github.councilplan.schema.ValidationReport", true, loader);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle create = lookup.findStatic(validatorClass, "create", MethodType.methodType(validatorClass));
        Object json = formatClass.getField("JSON").get(null);
        MethodHandle validate;
        MethodHandle problems = lookup.findVirtual(reportClass, "problems", MethodType.methodType(List.class));
        try {
            validate = lookup.findVirtual(validatorClass, "validate",
                    MethodType.methodType(reportClass, byte[].class, formatClass)).bindTo(create.invoke());
            Object report = validate.invoke(document, json);
            if (!((List<?>) problems.invoke(report)).isEmpty()) {
                throw new IllegalStateException("the build at " + classes + " finds the document not valid: " + report);
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the build at " + classes + " could not validate", e);
        }
        return () -> {
            try {
                return validate.invoke(document, json);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
