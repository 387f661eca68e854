package ai.refinery.learn.nn;

/** Row-wise softmax, computed stably by subtracting each row's maximum before exponentiating. */
final class Softmax {
    private Softmax() {}

    /** Writes softmax of each of {@code rows} rows of {@code logits} (from {@code offset}) into {@code out}. */
    static void rows(float[] logits, int offset, int rows, int cols, float[] out, int outOffset) {
        for (int r = 0; r < rows; r++) {
            int in = offset + r * cols;
            int at = outOffset + r * cols;
            float max = rowMax(logits, in, cols);
            double sum = 0;
            for (int j = 0; j < cols; j++) {
                float e = (float) Math.exp(logits[in + j] - max);
                out[at + j] = e;
                sum += e;
            }
            float inv = (float) (1.0 / sum);
            for (int j = 0; j < cols; j++) out[at + j] *= inv;
        }
    }

    static float rowMax(float[] values, int from, int count) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < count; j++) max = Math.max(max, values[from + j]);
        return max;
    }
}
