package io.github.councilplan.examples.release;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a module declares, normalised so that a {@code module-info.java} and a compiled
 * descriptor compare equal when they say the same thing: its name, whether it is open, and
 * its exports and opens (package to target modules, empty when unqualified) and requires (module
 * to modifiers, {@code java.base} left out). Services ({@code uses}, {@code provides}) are not
 * recorded.
 *
 * @param name the module's name
 * @param open whether the whole module is open
 * @param exports exported package to the modules it is exported to, empty for all
 * @param opens opened package to the modules it is opened to, empty for all
 * @param requires required module to its modifiers ({@code static}, {@code transitive})
 */
record ModuleDeclaration(
        String name,
        boolean open,
        Map<String, Set<String>> exports,
        Map<String, Set<String>> opens,
        Map<String, Set<String>> requires) {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile(
            "\\s*(?:import\\s[^;]*;\\s*)*(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*(open\\s+)?module\\s+([\\w.]+)\\s*\\{(.*)}\\s*",
            Pattern.DOTALL);

    ModuleDeclaration {
        exports = Collections.unmodifiableMap(new TreeMap<>(exports));
        opens = Collections.unmodifiableMap(new TreeMap<>(opens));
        requires = Collections.unmodifiableMap(new TreeMap<>(requires));
    }

    /**
     * Reads the declaration in the text of a {@code module-info.java}.
     *
     * @throws IllegalArgumentException if the text declares no module, or a directive this reader
     *     does not know
     */
    static ModuleDeclaration ofSource(String source) {
        Matcher matcher = DECLARATION.matcher(COMMENT.matcher(source).replaceAll(" "));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a module declaration:\n" + source);
        }
        Map<String, Set<String>> exports = new TreeMap<>();
        Map<String, Set<String>> opens = new TreeMap<>();
        Map<String, Set<String>> requires = new TreeMap<>();
        for (String directive : matcher.group(3).split(";")) {
            List<String> words = List.of(directive.strip().split("[\\s,]+"));
            switch (words.get(0)) {
                case "" -> { }
                case "exports" -> exports.put(words.get(1), targets(words));
                case "opens" -> opens.put(words.get(1), targets(words));
                case "requires" -> requires.put(words.get(words.size() - 1), Set.copyOf(words.subList(1, words.size() - 1)));
                case "uses", "provides" -> { }
                default -> throw new IllegalArgumentException("unknown directive in module-info.java: " + directive.strip());
            }
        }
        return new ModuleDeclaration(matcher.group(2), matcher.group(1) != null, exports, opens, requires);
    }

    /** The targets of {@code exports p to a, b} or {@code opens p to a, b}: empty when unqualified. */
    private static Set<String> targets(List<String> words) {
        if (words.size() == 2) {
            return Set.of();
        }
        if (words.size() < 4 || !words.get(2).equals("to")) {
            throw new IllegalArgumentException("cannot read directive: " + String.join(" ", words));
        }
        return Set.copyOf(words.subList(3, words.size()));
    }
}
