package ai.refinery.text.quality;

import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.op.ScoringFilter;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs quality operators on single texts, as a recipe would create them. */
final class Rules {
    static final long SEED = 42;

    private Rules() {}

    /** The operator from {@code settings} (key, value, key, value ...). */
    static Operator create(OperatorProvider<?> provider, Object... settings) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < settings.length; i += 2) m.put((String) settings[i], settings[i + 1]);
        return ConfigMaps.create(provider, m, OperatorContext.forTest(SEED));
    }

    static Record record(String text) {
        return Record.builder("r").set("text", text).build();
    }

    /** The drop reason of the filter for {@code text}, or null when kept. */
    static String reason(OperatorProvider<?> provider, String text, Object... settings) {
        return ((RecordFilter) create(provider, settings)).dropReason(record(text));
    }

    /** The figures the rule writes to meta with {@code record_stats: true}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> figures(OperatorProvider<?> provider, String text, Object... settings) {
        Object[] withStats = java.util.Arrays.copyOf(settings, settings.length + 2);
        withStats[settings.length] = "record_stats";
        withStats[settings.length + 1] = true;
        Record out = ((ScoringFilter) create(provider, withStats)).judge(record(text)).record();
        return (Map<String, Object>) out.meta(provider.name());
    }

    /** Every quality operator's provider, for tests that apply to all of them. */
    static List<OperatorProvider<?>> all() {
        return List.of(new GopherQualityFilter.Provider(), new GopherRepetitionFilter.Provider(), new C4LineCleaner.Provider(),
                new C4QualityFilter.Provider(), new C4BadWordsFilter.Provider(), new FineWebQualityFilter.Provider(),
                new TextLengthFilter.Provider(), new AlphanumericRatioFilter.Provider(), new SpecialCharactersRatioFilter.Provider(),
                new WordRepetitionFilter.Provider(), new CharacterRepetitionFilter.Provider(), new StopWordsRatioFilter.Provider(),
                new FlaggedWordsRatioFilter.Provider());
    }

    /** {@code count} words from a vocabulary without stop words, separated by spaces (letters only, 4–6 long). */
    static String plainWords(int count) {
        String[] vocab = {"quick", "brown", "fox", "jumps", "over", "lazy", "dogs", "river", "stone", "garden", "window", "apple"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) b.append(' ');
            b.append(vocab[i % vocab.length]);
        }
        return b.toString();
    }

    /** Distinct words {@code w0001}, {@code w0002}, ... (5 characters each) joined by spaces. */
    static String distinctWords(int from, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) b.append(' ');
            b.append(String.format("w%04d", from + i));
        }
        return b.toString();
    }

    /** {@code s} followed by a space and one new word of letters so that the result is exactly {@code length} long. */
    static String padTo(String s, int length) {
        int need = length - s.length() - 1;
        if (need < 1) throw new IllegalArgumentException("cannot pad " + s.length() + " characters to " + length);
        return s + " " + "z".repeat(need);
    }
}
