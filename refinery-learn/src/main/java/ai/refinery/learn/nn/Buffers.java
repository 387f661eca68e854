package ai.refinery.learn.nn;

/** Work buffers that grow to the largest batch once and are then reused for every batch. */
final class Buffers {
    private Buffers() {}

    /** {@code buffer} when it holds at least {@code size} values, otherwise a new array of that size. */
    static float[] atLeast(float[] buffer, int size) {
        return buffer != null && buffer.length >= size ? buffer : new float[size];
    }
}
