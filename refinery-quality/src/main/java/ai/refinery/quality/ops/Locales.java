package ai.refinery.quality.ops;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Locale settings: a BCP 47 tag such as {@code en}, {@code de} or {@code de-CH}, checked against the JDK's locales. */
final class Locales {
    private static final Set<String> LANGUAGES = new TreeSet<>();

    static {
        for (Locale l : Locale.getAvailableLocales()) if (!l.getLanguage().isEmpty()) LANGUAGES.add(l.getLanguage());
    }

    private Locales() {}

    static Locale parse(String tag, String setting) {
        Locale l = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.replace('_', '-'));
        if (tag == null || !LANGUAGES.contains(l.getLanguage())) {
            throw new IllegalArgumentException("'" + setting + "' must be a language tag such as en, de or fr-CH, not '" + tag + "'");
        }
        return l;
    }
}
