package io.github.councilplan.model.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Optional;

/**
 * Jackson 3 keeps its annotations in {@code com.fasterxml.jackson.core:jackson-annotations}, a
 * 2.x artifact, and needs a recent one; a build that imports Jackson 2's BOM (as a Spring Boot 3
 * application does) gets an older one, and Jackson then fails with a
 * {@code NoClassDefFoundError} deep in its first use. This check finds that first and says what
 * to do.
 *
 * <p>Thread-safe; the class path is looked at once.
 */
final class JacksonAnnotationsRequirement {
    /** The newest annotation that Jackson 3.2 and 3.3 use, added in jackson-annotations 2.22. */
    static final String NEWEST_USED = "com.fasterxml.jackson.annotation.JsonApplyView";

    /** The oldest jackson-annotations that has {@link #NEWEST_USED}. */
    static final String OLDEST_SUFFICIENT = "2.22";

    private static final Optional<String> PROBLEM = problem(JsonInclude.class.getClassLoader());

    private JacksonAnnotationsRequirement() {}

    /**
     * Checks that the jackson-annotations on the class or module path is one that Jackson 3 can
     * use.
     *
     * @throws IllegalStateException if it is too old, with a message naming the fix
     */
    static void check() {
        PROBLEM.ifPresent(message -> {
            throw new IllegalStateException(message);
        });
    }

    /**
     * Returns what is wrong with the jackson-annotations that a class loader sees, if anything.
     *
     * @param loader the class loader of the annotations, or null for the bootstrap loader
     * @return the message naming the fix, or empty if the annotations are recent enough
     */
    static Optional<String> problem(ClassLoader loader) {
        try {
            Class.forName(NEWEST_USED, false, loader);
            return Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.of(message(versionSeenBy(loader).orElse(null)));
        }
    }

    /** The version of the jackson-annotations that a class loader sees, if it says. */
    private static Optional<String> versionSeenBy(ClassLoader loader) {
        try {
            Class<?> annotation = Class.forName(JsonInclude.class.getName(), false, loader);
            Module module = annotation.getModule();
            if (module.isNamed() && module.getDescriptor() != null) {
                return module.getDescriptor().rawVersion();
            }
            return Optional.ofNullable(annotation.getPackage().getImplementationVersion());
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The message for annotations of the given version (null if unknown) that are too old. */
    static String message(String foundVersion) {
        String databind = tools.jackson.databind.cfg.PackageVersion.VERSION.toString();
        return "Jackson " + databind + " needs com.fasterxml.jackson.core:jackson-annotations "
                + OLDEST_SUFFICIENT + " or later, but found "
                + (foundVersion == null ? "an older one" : foundVersion)
                + ". A build that imports Jackson 2's BOM (com.fasterxml.jackson:jackson-bom, as Spring Boot 3 does)"
                + " downgrades it: add com.fasterxml.jackson.core:jackson-annotations to your dependencyManagement"
                + " at the version tools.jackson:jackson-bom:" + databind + " names.";
    }
}
