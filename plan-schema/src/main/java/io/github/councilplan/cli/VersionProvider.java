package io.github.councilplan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * Gives {@code --version} the library's version, which the build writes into the resource
 * {@code version.properties} next to this class.
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
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException("the resource " + RESOURCE + " was not filtered by the build");
            }
            return version.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resource " + RESOURCE, e);
        }
    }
}
