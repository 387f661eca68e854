package ai.refinery.text.lang;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.ops.FieldNames;
import ai.refinery.core.record.Record;
import java.util.List;

/**
 * Writes the language of a text field to {@code meta.language} (ISO 639-1, or {@code und}) and the
 * probability that it is right to {@code meta.language_score} (see {@link ConfidenceScore}), with
 * Lingua 1.2.2.
 *
 * <p>Defaults, from measurements on this 2-core machine (one thread, UDHR paragraphs of at least 100
 * characters in the 20 most spoken languages, 987 paragraphs, 0.36 MB):
 * <ul>
 * <li>all 75 languages: accuracy 0.973 (Indonesian read as Malay 22 times in 46; everything else
 * 0.995); restricted to the 20 languages: 0.995. Restricting to the languages a corpus can contain is
 * both more accurate and about twice as fast, so list them when known.
 * <li>high accuracy mode: same answers as low on texts of 120+ characters, far better on short ones
 * (see {@link AccuracyMode}); high is the default.
 * <li>models load lazily, once per JVM: building a detector takes 0.1 s, the first texts of a script
 * pay for its models. First pass over the 987 paragraphs (loading included): 12 s for the 20
 * languages, 21 s for all 75 in high mode, 2.5 s in low; heap kept after it: 0.3 GB, 1.4 GB and
 * 0.07 GB (high mode loads the 1- to 5-gram models as soon as texts under 120 characters occur).
 * Preloading all 75 ({@code withPreloadedLanguageModels}) took 8-17 s and 1.6 GB in high mode.
 * <li>throughput once loaded, one thread, on a shared 2-core machine (figures vary by 2x between
 * runs): all 75 languages 400-700 paragraphs/s (0.15-0.26 MB/s), low mode 790/s (0.29 MB/s), the 20
 * languages 360-1,460/s (0.13-0.53 MB/s). Time grows with text length, hence {@code max_chars}
 * (5,000 by default: past a few hundred characters a longer sample rarely changes the answer, and a
 * 20 MB document is then as quick as a page; nothing is added to meta when a text is cut).
 * </ul>
 * A missing or null field gives {@code und} with score 0; a field holding no text sends the record
 * to quarantine.
 */
public final class LanguageId implements RecordMapper {
    private static final long serialVersionUID = 1L;
    public static final String META_LANGUAGE = "language";
    public static final String META_SCORE = "language_score";

    private final String field;
    private final LanguageDetection detection;

    public LanguageId(Config c) {
        this.field = c.field();
        this.detection = c.detection();
    }

    public record Config(
            @Setting(value = "Text field whose language is detected.", defaultValue = "text")
            String field,
            @Setting(value = "ISO 639-1 codes of the languages to choose among (at least two); empty for all 75 Lingua knows.", optional = true)
            List<String> languages,
            @Setting(value = "Lingua mode: high (1- to 5-grams on texts under 120 characters) or low (trigrams only, less memory).", defaultValue = "high")
            AccuracyMode accuracy,
            @Setting(value = "Only the first max_chars characters are looked at (cut at a space), for speed on huge documents.", defaultValue = "5000")
            int maxChars,
            @Setting(value = "Texts shorter than this (in characters, spaces at the ends removed) get 'und' with score 0.", defaultValue = "10")
            int minChars) {
        public Config {
            FieldNames.requireName(field, "field");
            languages = languages == null ? List.of() : List.copyOf(languages);
            new LanguageDetection(languages, accuracy, maxChars, minChars); // validates now, not at the first record
        }

        LanguageDetection detection() {
            return new LanguageDetection(languages, accuracy, maxChars, minChars);
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super("language_id", "Detects the language of a text field (Lingua) into meta.language (ISO 639-1 or und) and meta.language_score.", Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new LanguageId(config);
        }
    }

    @Override
    public Record map(Record record) {
        LanguageDetection.Detected d = detection.detect(record.getString(field));
        return record.toBuilder().meta(META_LANGUAGE, d.language()).meta(META_SCORE, round(d.score())).build();
    }

    /** Four decimals: enough for thresholds, and stable across platforms' last-bit differences of exp. */
    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
