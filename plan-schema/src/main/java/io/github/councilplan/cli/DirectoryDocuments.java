package io.github.councilplan.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The plan documents below a directory named to {@code plan validate}: every regular file whose
 * name ends in {@code .json}, {@code .yaml} or {@code .yml} (in any case, as
 * {@link io.github.councilplan.schema.DocumentFormat} reads names), at any depth, sorted by path
 * (name element by name element), each named as the directory was given joined with its path
 * below it, such as {@code plans/2026/corporate.json}.
 *
 * <p>Symbolic links below the directory are not followed, whether to files or directories, so
 * that the files checked are those of the tree and a link cannot lead out of it or round in a
 * loop; the directory named itself may be a link. Other entries that are not regular files
 * (named pipes, devices, sockets) are skipped too, so nothing blocks. A directory below that
 * cannot be listed is one of the entries, reported as a file that cannot be read.
 *
 * <p>Bounded: the walk stops with a located failure as soon as more than {@link #MAX_FILES} plan
 * documents are found, before any is read.
 */
final class DirectoryDocuments {
    /** The most plan documents {@code plan validate} takes from directories in one run. */
    static final int MAX_FILES = 1_000;

    /** Orders paths name element by name element, so that {@code a/b} comes before {@code a-c}. */
    private static final Comparator<Entry> BY_PATH = (a, b) -> {
        int common = Math.min(a.relative().getNameCount(), b.relative().getNameCount());
        for (int i = 0; i < common; i++) {
            int order = a.relative().getName(i).toString().compareTo(b.relative().getName(i).toString());
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.relative().getNameCount(), b.relative().getNameCount());
    };

    private DirectoryDocuments() {}

    /**
     * One entry found below a directory: a plan document, or a directory that cannot be listed.
     *
     * @param name the entry's name for reports: the directory as given, a slash, its path below
     * @param relative its path relative to the directory
     * @param unreadableReason why it cannot be read, or null for a plan document
     */
    record Entry(String name, Path relative, String unreadableReason) {}

    /**
     * Lists the plan documents below {@code directory}.
     *
     * @param given the directory as named on the command line
     * @param directory its path
     * @param budget how many more documents may be taken in this run
     * @return the entries, sorted by path; empty when there is no plan document below
     * @throws CommandFailure if more than {@code budget} documents are found
     * @throws IOException if the directory itself cannot be listed
     */
    static List<Entry> below(String given, Path directory, int budget) throws IOException {
        List<Entry> entries = new ArrayList<>();
        String prefix = given.endsWith("/") ? given : given + "/";
        // the directory named may be a link; "." makes the walk start in the directory it names
        Path root = Files.isSymbolicLink(directory) ? directory.resolve(".") : directory;
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && isPlanDocument(file)) {
                    add(root.relativize(file), null);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (file.equals(root)) {
                    throw e;
                }
                add(root.relativize(file), ReadFailures.reason(e));
                return FileVisitResult.CONTINUE;
            }

            private void add(Path relative, String unreadableReason) {
                entries.add(new Entry(prefix + relative, relative, unreadableReason));
                if (entries.size() > budget) {
                    throw new CommandFailure(ExitCodes.CANNOT_CHECK, "plan: " + given + ": more than "
                            + GroupedDigits.of(MAX_FILES) + " files to check"
                            + " (the limit of one run): name fewer or smaller directories");
                }
            }
        });
        entries.sort(BY_PATH);
        return entries;
    }

    /** Tells whether a file's name ends in {@code .json}, {@code .yaml} or {@code .yml}, in any case. */
    static boolean isPlanDocument(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
