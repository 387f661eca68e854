package ai.refinery.learn.model;

import java.util.Locale;

/** How a record field holds a model's input vector; the label is what recipes and model files write. */
public enum FeatureEncoding {
    /** A {@code float[]} field, one value per input. */
    FLOAT_VECTOR,
    /** A {@code byte[]} field read as unsigned 0..255 (image pixels), one byte per input. */
    BYTES,
    /** A list of numbers (as JSONL gives), one element per input. */
    LIST;

    /** Lower-case name: {@code float_vector}, {@code bytes}, {@code list}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FeatureEncoding parse(String label) {
        for (FeatureEncoding e : values()) {
            if (e.label().equals(label) || e.name().equals(label)) return e;
        }
        throw new IllegalArgumentException("unknown feature encoding '" + label + "'; expected one of float_vector, bytes, list");
    }
}
