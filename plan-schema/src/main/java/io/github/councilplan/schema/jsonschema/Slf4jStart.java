package io.github.councilplan.schema.jsonschema;

import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Starts SLF4J, through which the schema library logs, before the schema library's first use (the
 * first registry {@link PlanSchema#registry(java.util.Map)} makes: a valid document, which the
 * schema library never sees, does not start it), so that an application with no SLF4J provider at
 * all sees nothing on standard error.
 *
 * <p>Without a provider SLF4J 2 logs nothing and says so with three warnings on standard error.
 * When it finds no provider (none through the service loader, no SLF4J 1.x binding) and the
 * application has not set {@code slf4j.provider} or {@code slf4j.internal.verbosity}, this class
 * sets {@code slf4j.internal.verbosity} to {@code ERROR} while SLF4J starts and removes it again:
 * SLF4J keeps logging nothing, silently. With a provider, or with either property set, it only
 * starts SLF4J, which then says what it always says. Once SLF4J has started, by this class or by
 * anything else, nothing here changes it.
 *
 * <p>Thread-safe.
 */
final class Slf4jStart {
    /** SLF4J's own property for the level of its messages about itself. */
    static final String VERBOSITY = "slf4j.internal.verbosity";

    private static boolean started;

    private Slf4jStart() {}

    /** Starts SLF4J if it has not started, quietly when there is no provider. */
    static synchronized void quietWithoutProvider() {
        if (started) {
            return;
        }
        started = true;
        if (!noProvider() || System.getProperty(VERBOSITY) != null || System.getProperty("slf4j.provider") != null) {
            LoggerFactory.getILoggerFactory();
            return;
        }
        System.setProperty(VERBOSITY, "ERROR");
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            System.getProperties().remove(VERBOSITY, "ERROR");
        }
    }

    /** Whether SLF4J will find no provider: none through the service loader, no 1.x binding. */
    private static boolean noProvider() {
        ClassLoader loader = LoggerFactory.class.getClassLoader();
        if (loader == null) {
            loader = ClassLoader.getSystemClassLoader();
        }
        try {
            return ServiceLoader.load(SLF4JServiceProvider.class, loader).stream().findAny().isEmpty()
                    && loader.getResource("org/slf4j/impl/StaticLoggerBinder.class") == null;
        } catch (ServiceConfigurationError e) {
            return false; // a provider that is there but broken: SLF4J reports it
        }
    }
}
