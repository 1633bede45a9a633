package io.github.councilplan.model;

import java.util.Locale;
import java.util.function.Supplier;

/** Runs code with a different default locale, for tests of locale-independence. */
final class DefaultLocale {
    /** A locale whose default digits are not ASCII: Arabic as written in Egypt. */
    static final Locale ARABIC_DIGITS = Locale.forLanguageTag("ar-EG");
    /** A locale that asks for Thai digits. */
    static final Locale THAI_DIGITS = Locale.forLanguageTag("th-TH-u-nu-thai");
    /** A locale whose lower case of "I" is a dotless "ı". */
    static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    private DefaultLocale() {}

    /** Returns what {@code action} returns with {@code locale} as the default in every category. */
    static <T> T with(Locale locale, Supplier<T> action) {
        Locale saved = Locale.getDefault();
        Locale savedDisplay = Locale.getDefault(Locale.Category.DISPLAY);
        Locale savedFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(locale);
        try {
            return action.get();
        } finally {
            Locale.setDefault(saved);
            Locale.setDefault(Locale.Category.DISPLAY, savedDisplay);
            Locale.setDefault(Locale.Category.FORMAT, savedFormat);
        }
    }
}
