package io.github.councilplan.diff;

import io.github.councilplan.model.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The wording of an element reduced for matching: each of its strings (in every language, in
 * order, ignoring the language tags) in Unicode NFKC form, in lower case, with runs of white space
 * made one space and trimmed; and the set of words those strings hold, a word being a run of
 * letters, digits and combining marks.
 */
final class NormalisedWording {
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");

    private final List<String> normalised;
    private final Set<String> words;

    private NormalisedWording(List<String> normalised, Set<String> words) {
        this.normalised = normalised;
        this.words = words;
    }

    static NormalisedWording of(Text text) {
        List<String> normalised = new ArrayList<>();
        if (text.isTagged()) {
            text.byLanguage().values().forEach(value -> normalised.add(normalise(value)));
        } else {
            normalised.add(normalise(text.value()));
        }
        Set<String> words = new HashSet<>();
        for (String value : normalised) {
            for (String word : NOT_WORD.split(value)) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return new NormalisedWording(List.copyOf(normalised), Set.copyOf(words));
    }

    private static String normalise(String value) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACE.matcher(folded).replaceAll(" ").strip();
    }

    /** Returns the strings of the wording, normalised. */
    List<String> normalised() {
        return normalised;
    }

    /** Returns the words of the wording. */
    Set<String> words() {
        return words;
    }

    /** Tells whether the two wordings are the same once normalised. */
    boolean sameAs(NormalisedWording other) {
        return normalised.equals(other.normalised);
    }

    /** Returns the number of words the two wordings share. */
    int sharedWords(NormalisedWording other) {
        int shared = 0;
        for (String word : words) {
            if (other.words.contains(word)) {
                shared++;
            }
        }
        return shared;
    }

    /** Returns the number of distinct words in either wording. */
    int allWords(NormalisedWording other) {
        return words.size() + other.words.size() - sharedWords(other);
    }
}
