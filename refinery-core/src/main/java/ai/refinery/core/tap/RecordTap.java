package ai.refinery.core.tap;

import ai.refinery.core.record.Record;

/**
 * Watches the records passing one point of a run (the input after decoding, the output before
 * writing, the records reaching a step) without changing them. Work is split as executors split
 * it: each batch (or Spark partition) gets its own {@link Partial}, used by one thread, and the
 * partials are folded in with {@link #merge} one at a time, in input order. So a tap that keeps
 * "the first n" examples keeps the same ones whatever the thread count.
 *
 * @param <P> the per-batch accumulator
 */
public interface RecordTap<P extends RecordTap.Partial> {
    /** A fresh accumulator for one batch. */
    P newPartial();

    /** Folds one batch's accumulator in; called one batch at a time, in input order. */
    void merge(P partial);

    /** The accumulator of one batch; not shared between threads. */
    interface Partial {
        void accept(Record record);
    }

    /** Runs {@code records} through a fresh partial and merges it: the one-thread way to feed a tap. */
    static <P extends Partial> void feed(RecordTap<P> tap, Iterable<Record> records) {
        P p = tap.newPartial();
        for (Record r : records) p.accept(r);
        tap.merge(p);
    }
}
