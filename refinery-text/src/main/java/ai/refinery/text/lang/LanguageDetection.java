package ai.refinery.text.lang;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.SortedMap;

/**
 * Detects the language of one text with a shared Lingua detector: the text is cut to its first
 * {@code maxChars} characters (at a space when one is near), put in Unicode NFC (decomposed accents,
 * as in the UDHR's Vietnamese, otherwise read as other letters: Vietnamese fell from 100% to 76% right),
 * and answered {@code und} with score 0 when it has fewer than {@code minChars} characters or no letter.
 * Serializable: it holds the settings, and the detector (not serializable, heavy) is looked up after
 * deserialization.
 */
public final class LanguageDetection implements Serializable {
    private static final long serialVersionUID = 1L;
    /** How far back from {@code maxChars} a space is looked for, so that no word is cut in two. */
    private static final int WORD_BOUNDARY_WINDOW = 64;

    /** A detected language (ISO 639-1 or {@code und}) and the probability that it is right. */
    public record Detected(String language, double score) {
        static final Detected UNDETERMINED = new Detected(LinguaLanguages.UNDETERMINED, 0.0);
    }

    private final EnumSet<Language> languages;
    private final AccuracyMode mode;
    private final int maxChars;
    private final int minChars;
    private transient volatile LanguageDetector detector;

    /**
     * @param codes ISO 639-1 codes to choose among (at least two), or empty for all 75 Lingua languages
     * @throws IllegalArgumentException for an unknown code, a single language, or bounds out of range
     */
    public LanguageDetection(List<String> codes, AccuracyMode mode, int maxChars, int minChars) {
        this.languages = LinguaLanguages.resolve(codes, "languages");
        if (languages.size() < 2) {
            throw new IllegalArgumentException("'languages' must list at least two languages to choose among, or none for all; got " + codes);
        }
        if (maxChars < 1) throw new IllegalArgumentException("'max_chars' must be at least 1, got " + maxChars);
        if (minChars < 0) throw new IllegalArgumentException("'min_chars' must be at least 0, got " + minChars);
        this.mode = mode == null ? AccuracyMode.HIGH : mode;
        this.maxChars = maxChars;
        this.minChars = minChars;
    }

    public Detected detect(String text) {
        if (text == null) return Detected.UNDETERMINED;
        String sample = Normalizer.normalize(prefix(text, maxChars), Normalizer.Form.NFC).strip();
        if (sample.codePointCount(0, sample.length()) < minChars || !hasLetter(sample)) return Detected.UNDETERMINED;
        SortedMap<Language, Double> values = detector().computeLanguageConfidenceValues(sample);
        if (values.isEmpty()) return Detected.UNDETERMINED;
        return new Detected(LinguaLanguages.code(values.firstKey()), ConfidenceScore.of(values, mode));
    }

    /** The first {@code max} characters, ended at a space within the last few when there is one. */
    static String prefix(String text, int max) {
        if (text.length() <= max) return text;
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) end--;
        for (int i = end; i > Math.max(0, end - WORD_BOUNDARY_WINDOW); i--) {
            if (Character.isWhitespace(text.charAt(i))) return text.substring(0, i);
        }
        return text.substring(0, end);
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetter(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) detector = d = SharedDetectors.get(languages, mode);
        return d;
    }

    public AccuracyMode mode() {
        return mode;
    }
}
