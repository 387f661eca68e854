package ai.refinery.text.lang;

import ai.refinery.core.config.Suggestions;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** ISO 639-1 codes as recipes write them ({@code en}, {@code zh}) to Lingua's languages and back. */
public final class LinguaLanguages {
    /** The code written for a text whose language could not be determined (BCP 47's "undetermined"). */
    public static final String UNDETERMINED = "und";

    private LinguaLanguages() {}

    /** Every code Lingua 1.2.2 can detect (75 languages), sorted. */
    public static Set<String> supportedCodes() {
        Set<String> codes = new TreeSet<>();
        for (Language l : Language.all()) codes.add(code(l));
        return codes;
    }

    /** The lower-case ISO 639-1 code of a Lingua language, {@code und} for {@link Language#UNKNOWN}. */
    public static String code(Language language) {
        return language == Language.UNKNOWN ? UNDETERMINED : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The Lingua languages for {@code codes}; all of them when the list is empty.
     *
     * @throws IllegalArgumentException naming the first code Lingua does not know, with a suggestion
     */
    public static EnumSet<Language> resolve(List<String> codes, String settingName) {
        if (codes == null || codes.isEmpty()) return EnumSet.copyOf(Language.all());
        EnumSet<Language> out = EnumSet.noneOf(Language.class);
        for (String c : codes) out.add(resolve(c, settingName));
        return out;
    }

    static Language resolve(String code, String settingName) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (Language l : Language.all()) {
            if (code(l).equals(c)) return l;
        }
        throw new IllegalArgumentException("'" + settingName + "' lists '" + code + "', which is not an ISO 639-1 code Lingua detects"
                + Suggestions.didYouMean(c, supportedCodes()) + "; known codes: " + String.join(", ", supportedCodes()));
    }
}
