package io.github.councilplan.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The floor under a JVM validator built on Jackson's parser, as a program: reads a JSON file's
 * tokens with Jackson's streaming parser (the parser {@code plan validate} reads with), making each
 * property name and string as a reader that keeps them must, and binds and checks nothing. Run as a
 * whole process beside ajv ({@link ProcessComparison#tokensOnly}), it measures what a validator
 * that does anything with the document must take at least: the JVM's start, the parser's classes
 * and the reading of every byte.
 *
 * <p>Prints the number of tokens read to standard output; exits with 0, or 1 when the file cannot
 * be read or is not JSON.
 */
final class TokenReading {
    private TokenReading() {}

    /**
     * Reads the tokens of the file named by the only argument.
     *
     * @param args the file's path
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: TokenReading FILE");
            System.exit(2);
        }
        try {
            System.out.println(count(Files.readAllBytes(Path.of(args[0]))) + " tokens");
        } catch (IOException | RuntimeException e) {
            System.err.println("TokenReading: " + args[0] + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Returns the number of tokens in a JSON document, each name and string made as it is read. */
    static long count(byte[] document) {
        long tokens = 0;
        long characters = 0;
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), document)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                tokens++;
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    // made and used, as a reader that keeps them must, so that no JIT can leave them unmade
                    characters += parser.getString().length();
                }
            }
        }
        return characters < 0 ? -1 : tokens;
    }
}
