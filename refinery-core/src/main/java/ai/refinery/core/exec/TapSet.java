package ai.refinery.core.exec;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.util.List;

/** Several taps at one point of the stream, fed through per-batch partials and merged in order. */
final class TapSet {
    private final List<RecordTap<?>> taps;

    TapSet(List<RecordTap<?>> taps) {
        this.taps = taps;
    }

    boolean isEmpty() {
        return taps.isEmpty();
    }

    /** Fresh partials for one batch, or null when there is no tap. */
    RecordTap.Partial[] newPartials() {
        if (taps.isEmpty()) return null;
        RecordTap.Partial[] p = new RecordTap.Partial[taps.size()];
        for (int i = 0; i < p.length; i++) p[i] = taps.get(i).newPartial();
        return p;
    }

    static void accept(RecordTap.Partial[] partials, Record r) {
        if (partials == null) return;
        for (RecordTap.Partial p : partials) p.accept(r);
    }

    static void acceptAll(RecordTap.Partial[] partials, List<Record> records) {
        if (partials == null) return;
        for (Record r : records) accept(partials, r);
    }

    /** Folds a batch's partials in; the caller keeps input order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    void merge(RecordTap.Partial[] partials) {
        if (partials == null) return;
        for (int i = 0; i < partials.length; i++) ((RecordTap) taps.get(i)).merge(partials[i]);
    }
}
