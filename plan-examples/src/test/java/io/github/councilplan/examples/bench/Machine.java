package io.github.councilplan.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the benchmarks ran on, read from the JVM and {@code /proc}.
 *
 * @param cpu the CPU model
 * @param cores the processors available to the JVM
 * @param memory the machine's memory
 * @param jdk the JDK's name and version
 * @param os the operating system, version and architecture
 * @param date when the run started, UTC
 * @param loadAverage the one-minute load average when the run started
 */
record Machine(String cpu, int cores, String memory, String jdk, String os, String date, String loadAverage) {
    /** Describes this machine now. */
    static Machine current() {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                currentLoadAverage());
    }

    /** Returns the one-minute load average now, or "unknown". */
    static String currentLoadAverage() {
        List<String> lines = lines("/proc/loadavg");
        return lines.isEmpty() ? "unknown" : lines.get(0).split(" ")[0];
    }

    private static String cpuModel() {
        return lines("/proc/cpuinfo").stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst()
                .orElse(System.getProperty("os.arch"));
    }

    private static String totalMemory() {
        return lines("/proc/meminfo").stream().filter(line -> line.startsWith("MemTotal:"))
                .map(line -> line.replaceAll("[^0-9]", ""))
                .map(kb -> String.format(java.util.Locale.ROOT, "%.0f GiB", Long.parseLong(kb) / 1024.0 / 1024.0))
                .findFirst().orElse("unknown");
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
