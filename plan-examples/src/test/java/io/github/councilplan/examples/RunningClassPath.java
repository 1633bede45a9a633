package io.github.councilplan.examples;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class path and module path of the JVM running the tests or the benchmarks, for what they
 * start or load from it: a compiler's class path, a build's class loader.
 */
public final class RunningClassPath {
    private RunningClassPath() {}

    /**
     * Returns this JVM's class path and module path, entry by entry, in order, each once.
     *
     * @return the entries, none empty; empty when neither path is set
     */
    public static List<String> entries() {
        return Stream.of("java.class.path", "jdk.module.path").map(System::getProperty)
                .filter(value -> value != null && !value.isEmpty())
                .flatMap(value -> Arrays.stream(value.split(Pattern.quote(File.pathSeparator))))
                .filter(entry -> !entry.isEmpty()).distinct().toList();
    }
}
