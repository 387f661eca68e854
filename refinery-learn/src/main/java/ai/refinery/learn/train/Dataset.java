package ai.refinery.learn.train;

import ai.refinery.learn.nn.SplitMix64;
import ai.refinery.learn.tensor.Tensor;

/**
 * Labelled examples in memory: features as one row-major {@code float[]} of rows × cols and one
 * int class label per row. The arrays are shared, never copied: a {@link #subset} or
 * {@link #split} is a view through an index array, so a 188 MB MNIST stays 188 MB.
 */
public final class Dataset {
    private final float[] features;
    private final int[] labels;
    private final int cols;
    private final int classes;
    private final int[] index; // rows of the arrays this dataset covers, in order; null = all of them

    /**
     * Wraps (does not copy) {@code features} ({@code labels.length × cols} values) and {@code labels}
     * (each in [0, classes)). The caller must not change the arrays while training.
     */
    public Dataset(float[] features, int cols, int[] labels, int classes) {
        if (cols < 1) throw new IllegalArgumentException("cols must be >= 1, got " + cols);
        if (classes < 1) throw new IllegalArgumentException("classes must be >= 1, got " + classes);
        if ((long) labels.length * cols != features.length) {
            throw new IllegalArgumentException(labels.length + " labels of " + cols + " features need " + (long) labels.length * cols
                    + " feature values, got " + features.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label " + labels[i] + " of row " + i + " is outside [0, " + classes + ")");
            }
        }
        this.features = features;
        this.labels = labels;
        this.cols = cols;
        this.classes = classes;
        this.index = null;
    }

    private Dataset(Dataset base, int[] index) {
        this.features = base.features;
        this.labels = base.labels;
        this.cols = base.cols;
        this.classes = base.classes;
        this.index = index;
    }

    /** A view of rows {@code rows[0]}, {@code rows[1]}... of this dataset (not copied). */
    public Dataset subset(int[] rows) {
        int[] mapped = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] < 0 || rows[i] >= size()) throw new IllegalArgumentException("row " + rows[i] + " is outside [0, " + size() + ")");
            mapped[i] = row(rows[i]);
        }
        return new Dataset(this, mapped);
    }

    /** Two views: a seeded random {@code fraction} of the rows for validation, the rest (in order) for training. */
    public Split split(double fraction, long seed) {
        if (!(fraction > 0 && fraction < 1)) throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + fraction);
        int n = size();
        int held = (int) Math.round(n * fraction);
        if (held < 1 || held >= n) {
            throw new IllegalArgumentException("a validation fraction of " + fraction + " of " + n + " rows leaves " + held
                    + " for validation and " + (n - held) + " for training; both need at least one");
        }
        int[] order = Shuffle.permutation(n, new SplitMix64(seed));
        boolean[] isValidation = new boolean[n];
        for (int i = 0; i < held; i++) isValidation[order[i]] = true;
        int[] train = new int[n - held];
        int[] validation = new int[held];
        for (int r = 0, t = 0, v = 0; r < n; r++) {
            if (isValidation[r]) validation[v++] = r;
            else train[t++] = r;
        }
        return new Split(subset(train), subset(validation));
    }

    /** A training part and a validation part of one dataset. */
    public record Split(Dataset train, Dataset validation) {}

    public int size() { return index == null ? labels.length : index.length; }
    public int cols() { return cols; }
    public int classes() { return classes; }

    public int label(int i) { return labels[row(i)]; }

    /** Copies the features of row {@code i} to {@code destination} at {@code offset}. */
    public void copyFeatures(int i, float[] destination, int offset) {
        System.arraycopy(features, row(i) * cols, destination, offset, cols);
    }

    /** The labels in order (a new array). */
    public int[] labels() {
        int[] out = new int[size()];
        for (int i = 0; i < out.length; i++) out[i] = label(i);
        return out;
    }

    /** The features as a size × cols tensor: the shared array for a whole dataset, a copy for a view. */
    public Tensor features() {
        if (index == null) return Tensor.wrap(features, labels.length, cols);
        Tensor out = Tensor.zeros(index.length, cols);
        for (int i = 0; i < index.length; i++) copyFeatures(i, out.data(), i * cols);
        return out;
    }

    private int row(int i) {
        return index == null ? i : index[i];
    }

    @Override
    public String toString() {
        return "Dataset[" + size() + " rows × " + cols + " features, " + classes + " classes]";
    }
}
