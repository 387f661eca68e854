package ai.refinery.text.quality;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import ai.refinery.text.words.CharClass;
import ai.refinery.text.words.Lines;
import ai.refinery.text.words.TextCounts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * C4's line-level cleaning (Raffel et al. 2020, section 2.2, "Colossal Clean Crawled Corpus"),
 * with the defaults of datatrove's {@code C4QualityFilter}: removes from the text each non-blank
 * line (see {@link Lines}; blank lines are dropped silently) that
 *
 * <ol>
 *   <li>{@code too_long_word}: has a white-space separated word longer than 1,000 characters;</li>
 *   <li>{@code no_terminal_punctuation}: does not end with {@code . ? ! " '}, or ends with
 *       {@code ...} (after citation markers {@code [1]}, {@code []}, {@code [edit]},
 *       {@code [citation needed]} are removed from it, which happens to every line kept);</li>
 *   <li>{@code too_few_words}: has fewer than 3 white-space separated words;</li>
 *   <li>{@code javascript}: mentions "javascript";</li>
 *   <li>{@code policy}: holds a cookie or policy phrase ("terms of use", "privacy policy", "cookie
 *       policy", "uses cookies", "use of cookies", "use cookies").</li>
 * </ol>
 *
 * <p>Words and phrases are matched ignoring the case of ASCII letters. The kept lines are joined
 * with LF. {@code meta.c4_lines} counts the lines: {@code lines} (non-blank lines read),
 * {@code kept}, {@code citations_removed} and one count per rule above. A record without the
 * field is passed on unchanged.
 *
 * <p><b>Combining the C4 operators.</b> C4's document rules are in {@link C4QualityFilter}, which
 * judges the cleaned text, so run {@code c4_lines} first, then {@code c4_quality} (it drops texts
 * with no line left, "lorem ipsum", a curly bracket or fewer than 5 sentences), then
 * {@link C4BadWordsFilter c4_bad_words}:
 *
 * <pre>
 * - op: c4_lines
 * - op: c4_quality
 * - op: c4_bad_words
 * </pre>
 *
 * <p>This is datatrove's order except that a line with a curly bracket or "lorem ipsum" that is
 * also removed here for mentioning javascript or a policy no longer drops the document.
 */
public final class C4LineCleaner implements RecordMapper {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "c4_lines";
    private static final String[] CITATIONS = {"[edit]", "[citation needed]"};

    private final Config c;
    private final String[] policyPhrases;

    public C4LineCleaner(Config c) {
        this.c = c;
        this.policyPhrases = c.policyPhrases().stream().map(p -> p.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    public record Config(
            @Setting(value = "Text field to clean.", defaultValue = "text") String field,
            @Setting(value = "Remove lines with a white-space separated word longer than this many characters; 0 keeps them.",
                    defaultValue = "1000") long maxWordLength,
            @Setting(value = "Remove citation markers such as [1], [edit] and [citation needed] from lines.",
                    defaultValue = "true") boolean removeCitations,
            @Setting(value = "Remove lines not ending with . ? ! \" ' (or ending with an ellipsis).",
                    defaultValue = "true") boolean requireTerminalPunctuation,
            @Setting(value = "Remove lines with fewer white-space separated words.", defaultValue = "3") long minWordsPerLine,
            @Setting(value = "Remove lines mentioning javascript.", defaultValue = "true") boolean removeJavascriptLines,
            @Setting(value = "Remove lines holding one of policy_phrases.", defaultValue = "true") boolean removePolicyLines,
            @Setting(value = "Phrases of cookie notices and legal boilerplate (ASCII case ignored).",
                    defaultValue = "['terms of use', 'privacy policy', 'cookie policy', 'uses cookies', 'use of cookies', 'use cookies']")
            List<String> policyPhrases) implements java.io.Serializable {
        public Config {
            field = Checks.field(field);
            Checks.nonNegative("max_word_length", maxWordLength);
            Checks.nonNegative("min_words_per_line", minWordsPerLine);
            policyPhrases = policyPhrases == null ? List.of() : List.copyOf(policyPhrases);
            for (String p : policyPhrases) {
                if (p == null || p.isBlank()) throw new IllegalArgumentException("'policy_phrases' holds an empty phrase");
            }
        }
    }

    public static final class Provider extends OperatorProvider<Config> {
        public Provider() {
            super(NAME, "Removes lines that C4 removes (no terminal punctuation, under 3 words, javascript, cookie notices, citations).",
                    Config.class);
        }

        @Override
        public Operator create(Config config, OperatorContext context) {
            return new C4LineCleaner(config);
        }
    }

    /** The outcome for one text: the cleaned text and the count of lines per rule. */
    record Cleaned(String text, Map<String, Object> counts) {}

    @Override
    public Record map(Record record) {
        String text = TextField.read(record, c.field(), NAME);
        if (text == null) return record;
        Cleaned out = clean(text);
        return record.toBuilder().set(c.field(), out.text()).meta(NAME, out.counts()).build();
    }

    Cleaned clean(String text) {
        Lines lines = Lines.of(text);
        StringBuilder kept = new StringBuilder(text.length());
        int tooLong = 0, noPunctuation = 0, tooFew = 0, javascript = 0, policy = 0, citations = 0, keptLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            int start = lines.start(i);
            int end = lines.end(i);
            long words = countWords(text, start, end);
            if (words < 0) {
                tooLong++;
                continue;
            }
            String line = text.substring(start, end);
            if (c.removeCitations()) {
                String uncited = removeCitations(line);
                if (uncited != line) {
                    citations++;
                    line = uncited.stripTrailing();
                }
            }
            if (c.requireTerminalPunctuation() && !endsLikeASentence(line)) {
                noPunctuation++;
            } else if (words < c.minWordsPerLine()) {
                tooFew++;
            } else if (c.removeJavascriptLines() && TextCounts.containsIgnoreCase(line, "javascript")) {
                javascript++;
            } else if (c.removePolicyLines() && holdsPolicyPhrase(line)) {
                policy++;
            } else {
                if (keptLines++ > 0) kept.append('\n');
                kept.append(line);
            }
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("lines", (long) lines.size());
        counts.put("kept", (long) keptLines);
        counts.put("citations_removed", (long) citations);
        counts.put("too_long_word", (long) tooLong);
        counts.put("no_terminal_punctuation", (long) noPunctuation);
        counts.put("too_few_words", (long) tooFew);
        counts.put("javascript", (long) javascript);
        counts.put("policy", (long) policy);
        return new Cleaned(kept.toString(), counts);
    }

    /** White-space separated words in [start, end), or -1 when one is longer than max_word_length. */
    private long countWords(String s, int start, int end) {
        long max = c.maxWordLength() == 0 ? Long.MAX_VALUE : c.maxWordLength();
        long words = 0;
        long run = 0;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (CharClass.isSpace(cp)) {
                run = 0;
            } else {
                if (run++ == 0) words++;
                if (run > max) return -1;
            }
        }
        return words;
    }

    private static boolean endsLikeASentence(String line) {
        if (line.isEmpty() || line.endsWith("...")) return false;
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '?' || last == '!' || last == '"' || last == '\'';
    }

    private boolean holdsPolicyPhrase(String line) {
        for (String p : policyPhrases) if (TextCounts.containsIgnoreCase(line, p)) return true;
        return false;
    }

    /** {@code line} without {@code [digits]}, {@code [edit]} and {@code [citation needed]}; the same instance when it has none. */
    static String removeCitations(String line) {
        int open = line.indexOf('[');
        if (open < 0) return line;
        StringBuilder out = null;
        int copied = 0;
        for (int i = open; i >= 0; i = line.indexOf('[', i + 1)) {
            int end = citationEnd(line, i);
            if (end < 0) continue;
            if (out == null) out = new StringBuilder(line.length());
            out.append(line, copied, i);
            copied = end;
            i = end - 1;
        }
        if (out == null) return line;
        return out.append(line, copied, line.length()).toString();
    }

    /** The end of a citation marker starting at {@code open} (a '['), or -1. */
    private static int citationEnd(String s, int open) {
        int j = open + 1;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
        if (j < s.length() && s.charAt(j) == ']') return j + 1;
        for (String marker : CITATIONS) if (s.startsWith(marker, open)) return open + marker.length();
        return -1;
    }
}
