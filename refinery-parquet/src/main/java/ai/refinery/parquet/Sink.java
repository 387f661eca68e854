package ai.refinery.parquet;

/** Where a converter delivers each value it has assembled (a struct slot, a list, a map entry). */
abstract class Sink {
    abstract void accept(Object value);

    /** FLOAT values become doubles, except where a float vector collects them unboxed. */
    void acceptFloat(float value) {
        accept((double) value);
    }
}
