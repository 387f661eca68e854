package ai.refinery.text.decontam;

import ai.refinery.core.record.Record;
import java.io.Serializable;

/**
 * Finds the first n-gram a record's text shares with the eval set. Serializable: it holds the
 * config; the shared n-gram set is looked up again after deserialization.
 */
final class ContaminationCheck implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ContaminationConfig config;
    private final WordNgrams grams;
    private transient volatile EvalSet evalSet;

    ContaminationCheck(ContaminationConfig config) {
        this.config = config;
        this.grams = new WordNgrams(config.n(), config.normalize());
        this.evalSet = config.evalSet();
    }

    /** The first shared n-gram (words as compared, space-separated), or null; a missing field has none. */
    String firstMatch(Record record) {
        String text = record.getString(config.field());
        if (text == null || text.isEmpty()) return null;
        LongHashSet ngrams = set().ngrams;
        String prepared = grams.prepare(text);
        String[] found = new String[1];
        grams.visit(prepared, (h, t, start, end) -> {
            if (!ngrams.contains(h)) return true;
            found[0] = grams.show(t, start, end);
            return false;
        });
        return found[0];
    }

    private EvalSet set() {
        EvalSet s = evalSet;
        if (s == null) evalSet = s = config.evalSet();
        return s;
    }
}
