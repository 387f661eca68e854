package ai.refinery.text.stats;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.util.Map;

/** Feeds {@link CorpusStats}: a partial per batch, merged into one total. */
final class CorpusStatsTap implements RecordTap<CorpusStatsTap.Partial> {
    private final String field;
    private final CorpusStats total;

    CorpusStatsTap(String field) {
        this.field = field;
        this.total = new CorpusStats(field);
    }

    @Override
    public Partial newPartial() {
        return new Partial(new CorpusStats(field));
    }

    @Override
    public synchronized void merge(Partial partial) {
        total.absorb(partial.stats);
    }

    synchronized Map<String, Object> toJson() {
        return total.toJson();
    }

    record Partial(CorpusStats stats) implements RecordTap.Partial {
        @Override
        public void accept(Record record) {
            stats.accept(record);
        }
    }
}
