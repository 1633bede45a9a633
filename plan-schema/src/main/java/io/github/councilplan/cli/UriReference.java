package io.github.councilplan.cli;

import java.nio.charset.StandardCharsets;

/**
 * A file name as a URI reference (RFC 3986), for SARIF's {@code artifactLocation.uri}: a relative
 * name stays relative ({@code plans/my plan.json} is {@code plans/my%20plan.json}); an absolute
 * one becomes a {@code file} URI ({@code /srv/plan.json} is {@code file:///srv/plan.json}).
 * Every byte of the name's UTF-8 other than an unreserved character ({@code A-Z a-z 0-9 - . _ ~})
 * or the slash that separates names is percent-encoded, so a colon in the first name cannot be
 * read as a scheme, nor {@code ?} or {@code #} as a query or fragment.
 */
final class UriReference {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private UriReference() {}

    /** Returns the URI reference of the file named {@code file}, as {@link UriReference} says. */
    static String of(String file) {
        String path = encode(file);
        return file.startsWith("/") ? "file://" + path : path;
    }

    private static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 16);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }
}
