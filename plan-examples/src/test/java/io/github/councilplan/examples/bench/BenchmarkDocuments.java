package io.github.councilplan.examples.bench;

import io.github.councilplan.examples.synthetic.SyntheticPlans;
import io.github.councilplan.model.json.PlanJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents the benchmarks read: synthetic plans of about 20 KB, 2 MB and 50 MB, generated in
 * memory from a fixed seed (so every run reads the same bytes), and an invalid variant of each with
 * many problems of every layer.
 */
public final class BenchmarkDocuments {
    /** The seed of every benchmark document. */
    public static final long SEED = 2026;

    /** The sizes, as the benchmarks' {@code size} parameter names them. */
    public enum Size {
        /** About 20 KB: a small council's plan. */
        KB_20("20KB", 4),
        /** About 2 MB: a large plan with its performance data. */
        MB_2("2MB", 1_000),
        /** About 50 MB: far larger than any real plan, to show how time grows with size. */
        MB_50("50MB", 22_000);

        private final String label;
        private final int deliverables;

        Size(String label, int deliverables) {
            this.label = label;
            this.deliverables = deliverables;
        }

        /** Returns the label, such as {@code "2MB"}. */
        public String label() {
            return label;
        }

        /** Returns how many deliverables the document has. */
        public int deliverables() {
            return deliverables;
        }

        /** Returns the size a label names. */
        public static Size of(String label) {
            for (Size size : values()) {
                if (size.label.equals(label)) {
                    return size;
                }
            }
            throw new IllegalArgumentException("no benchmark document size '" + label + "'");
        }
    }

    private BenchmarkDocuments() {}

    /**
     * The system property naming a directory where {@link BenchmarkSuite} has written the documents
     * once, so that each forked benchmark JVM reads them rather than generating them again.
     */
    public static final String DIRECTORY_PROPERTY = "councilplan.bench.documents";

    /** Returns the valid document of a size. */
    public static byte[] valid(Size size) {
        return saved(size, "valid").orElseGet(() -> SyntheticPlans.of(size.deliverables(), SEED).generateJson());
    }

    /** Tells whether the documents come from {@link BenchmarkSuite}, which has checked them. */
    static boolean saved() {
        return System.getProperty(DIRECTORY_PROPERTY) != null;
    }

    /** Returns the file that holds a document in a directory of saved documents. */
    static Path file(Path directory, Size size, String variant) {
        return directory.resolve(size.label() + "-" + variant + ".json");
    }

    private static Optional<byte[]> saved(Size size, String variant) {
        String directory = System.getProperty(DIRECTORY_PROPERTY);
        if (directory == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file(Path.of(directory), size, variant)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a saved benchmark document", e);
        }
    }

    /**
     * Returns the document of a size with many problems, all of which the validator locates: about
     * one element in ten gets a fault. Links name missing elements or elements of the wrong kind,
     * deliverables repeat an id, milestones fall before the plan starts, measures report a quarter
     * before it, titles are numbers and priorities carry a property the format does not have. (Dates
     * past the plan's end would be warnings only: plans may run over.)
     */
    public static byte[] invalid(Size size) {
        return saved(size, "invalid").orElseGet(() -> mutate(valid(size)));
    }

    /** Breaks a valid plan document in many places. */
    static byte[] mutate(byte[] valid) {
        ObjectNode root = (ObjectNode) PlanJson.standard().mapper().readTree(valid);
        int n = 0;
        for (JsonNode link : items(root, "links")) {
            if (n++ % 10 == 0) {
                ((ObjectNode) link).put("to", "missing-" + n);
            }
        }
        n = 0;
        String previousId = null;
        for (JsonNode theme : items(root, "themes")) {
            for (JsonNode priority : items(theme, "priorities")) {
                if (n % 7 == 0) {
                    ((ObjectNode) priority).put("colour", "red");
                }
                for (JsonNode deliverable : items(priority, "deliverables")) {
                    ObjectNode d = (ObjectNode) deliverable;
                    if (n % 10 == 3 && previousId != null) {
                        d.put("id", previousId);
                    } else if (n % 10 == 6) {
                        d.put("title", n);
                    }
                    previousId = d.get("id").asString();
                    JsonNode milestones = d.get("milestones");
                    if (n % 10 == 8 && milestones != null && !milestones.isEmpty()) {
                        ((ObjectNode) milestones.get(0)).put("due", "2020-01-31");
                    }
                    n++;
                }
            }
        }
        n = 0;
        for (JsonNode measure : items(root, "measures")) {
            if (n++ % 10 == 5) {
                ((ArrayNode) measure.get("targets")).addObject().put("period", "2020/21 Q1").put("value", 1);
            }
        }
        return PlanJson.standard().mapper().writeValueAsBytes(root);
    }

    /** Returns the items of an array property, or none when it is absent. */
    private static Iterable<JsonNode> items(JsonNode node, String field) {
        JsonNode array = node.get(field);
        return array != null && array.isArray() ? array : List.of();
    }
}
