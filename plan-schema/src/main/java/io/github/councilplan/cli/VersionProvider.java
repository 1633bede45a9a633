package io.github.councilplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Gives {@code --version} the library's version, which the build writes into the resource
 * {@code version.properties} next to this class, with the project's home page.
 */
final class VersionProvider implements IVersionProvider {
    /** The resource, relative to this class's package. */
    static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"plan " + version()};
    }

    /** Returns the library's version, such as {@code 0.1.0}. */
    static String version() {
        return property("version");
    }

    /** Returns the project's home page, such as {@code https://github.com/councilplan/councilplan}. */
    static String url() {
        return property("url");
    }

    private static String property(String name) {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            String value = properties.getProperty(name, "");
            if (value.isBlank() || value.contains("${")) {
                throw new IllegalStateException("the resource " + RESOURCE + " was not filtered by the build");
            }
            return value.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
        }
    }
}
