package ai.refinery.text.dedup;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;

/**
 * The fitting pass of {@link LineDedup}: in how many documents each line key occurs (a line
 * repeated within one document counts once there). Partials count their batch; merging adds the
 * tables, so the result does not depend on how the input was split.
 */
final class RepeatedLines implements RecordTap<RepeatedLines.Partial> {
    private final String field;
    private final int minChars;
    private final LongCountTable total = new LongCountTable(1 << 16);
    private long documents;

    RepeatedLines(String field, int minChars) {
        this.field = field;
        this.minChars = minChars;
    }

    @Override
    public Partial newPartial() {
        return new Partial();
    }

    @Override
    public synchronized void merge(Partial partial) {
        total.addAll(partial.counts);
        documents += partial.documents;
    }

    synchronized long documents() { return documents; }

    synchronized int distinctLines() { return total.size(); }

    /** Keys of lines found in more than {@code maxDocuments} documents, sorted. */
    synchronized long[] keysInMoreThan(int maxDocuments) {
        return total.keysAbove(maxDocuments);
    }

    final class Partial implements RecordTap.Partial {
        private final LongCountTable counts = new LongCountTable(1 << 10);
        private final LineKeys keys = new LineKeys(minChars);
        private long documents;

        @Override
        public void accept(Record record) {
            if (!(record.get(field) instanceof String text)) return;
            documents++;
            LongCountTable inThisDocument = new LongCountTable(64);
            for (int from = 0; from <= text.length(); ) {
                int end = LineKeys.lineEnd(text, from);
                long key = keys.key(text, from, end);
                if (key != LineKeys.NONE && inThisDocument.addIfAbsent(key)) counts.add(key, 1);
                from = end + 1;
            }
        }
    }
}
