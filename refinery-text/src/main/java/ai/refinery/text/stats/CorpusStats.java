package ai.refinery.text.stats;

import ai.refinery.core.record.Record;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a report shows of a text corpus at one point of a run (the input or the output): documents,
 * characters, words and tokens in total, histograms of characters and words per document, the
 * languages found by {@code language_id} ({@code meta.language}) with a histogram of their scores,
 * and a histogram of every number operators wrote to meta (quality figures such as
 * {@code meta.gopher_quality.mean_word_length}, flattened with dots). Mergeable: a partial per
 * batch, added together in any grouping.
 */
final class CorpusStats {
    /** Distinct meta figures followed at most, so records with dynamic meta keys keep this bounded. */
    static final int MAX_FIGURES = 64;

    private final String field;
    private long documents;
    private long withoutText;
    private long characters;
    private long words;
    private long tokens;
    private long documentsWithTokens;
    private final LogHistogram charactersPerDocument = new LogHistogram();
    private final LogHistogram wordsPerDocument = new LogHistogram();
    private final TreeMap<String, Long> languages = new TreeMap<>();
    private final LogHistogram languageScores = new LogHistogram();
    private final TreeMap<String, LogHistogram> figures = new TreeMap<>();

    CorpusStats(String field) {
        this.field = field;
    }

    void accept(Record r) {
        documents++;
        if (r.get(field) instanceof String text) {
            int chars = text.codePointCount(0, text.length());
            int w = wordCount(text);
            characters += chars;
            words += w;
            charactersPerDocument.add(chars);
            wordsPerDocument.add(w);
        } else {
            withoutText++;
        }
        for (int i = 0; i < r.metaCount(); i++) {
            String key = r.metaName(i);
            Object v = r.metaValue(i);
            switch (key) {
                case "language" -> {
                    if (v instanceof String s) languages.merge(s, 1L, Long::sum);
                }
                case "language_score" -> {
                    if (v instanceof Number n) languageScores.add(n.doubleValue());
                }
                case "tokens" -> {
                    if (v instanceof Number n) {
                        tokens += n.longValue();
                        documentsWithTokens++;
                    }
                }
                default -> figures(key, v, 0);
            }
        }
    }

    private void figures(String key, Object v, int depth) {
        if (v instanceof Long || v instanceof Double) {
            LogHistogram h = figures.get(key);
            if (h == null) {
                if (figures.size() >= MAX_FIGURES) return;
                figures.put(key, h = new LogHistogram());
            }
            h.add(((Number) v).doubleValue());
        } else if (v instanceof Map<?, ?> m && depth < 2) {
            for (Map.Entry<?, ?> e : m.entrySet()) figures(key + "." + e.getKey(), e.getValue(), depth + 1);
        }
    }

    /** Runs of letters or digits, as a reader counts words (punctuation and spaces separate them). */
    static int wordCount(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean word = Character.isLetterOrDigit(c);
            if (word && !in) n++;
            in = word;
        }
        return n;
    }

    void absorb(CorpusStats o) {
        documents += o.documents;
        withoutText += o.withoutText;
        characters += o.characters;
        words += o.words;
        tokens += o.tokens;
        documentsWithTokens += o.documentsWithTokens;
        charactersPerDocument.absorb(o.charactersPerDocument);
        wordsPerDocument.absorb(o.wordsPerDocument);
        o.languages.forEach((k, v) -> languages.merge(k, v, Long::sum));
        languageScores.absorb(o.languageScores);
        o.figures.forEach((k, h) -> {
            LogHistogram mine = figures.get(k);
            if (mine != null) mine.absorb(h);
            else if (figures.size() < MAX_FIGURES) figures.put(k, h);
        });
    }

    Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", documents);
        out.put("without_text", withoutText);
        out.put("characters", characters);
        out.put("words", words);
        if (documentsWithTokens > 0) {
            out.put("tokens", tokens);
            out.put("documents_with_tokens", documentsWithTokens);
        }
        out.put("characters_per_document", charactersPerDocument.toJson());
        out.put("words_per_document", wordsPerDocument.toJson());
        if (!languages.isEmpty()) {
            Map<String, Long> byCount = new LinkedHashMap<>();
            languages.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> byCount.put(e.getKey(), e.getValue()));
            out.put("languages", byCount);
            out.put("language_scores", languageScores.toJson());
        }
        if (!figures.isEmpty()) {
            Map<String, Object> f = new LinkedHashMap<>();
            figures.forEach((k, h) -> f.put(k, h.toJson()));
            out.put("meta_figures", f);
        }
        return out;
    }
}
