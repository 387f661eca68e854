package ai.refinery.core.op;

/** Receives the 128-bit grouping keys of one record. */
@FunctionalInterface
public interface KeySink {
    void accept(long high, long low);
}
