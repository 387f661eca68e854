package ai.refinery.learn.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a model finds its input and its label in a record: the input field and its
 * {@link FeatureEncoding}, a {@code scale} every input value is multiplied by (1/255 maps pixel
 * bytes to [0, 1]), and the label field with the number of classes and, optionally, their names
 * (index {@code i} names class {@code i}; empty when the labels are bare indices).
 */
public record FeatureSpec(String inputField, FeatureEncoding encoding, double scale,
                          String labelField, int classes, List<String> classNames) {

    /** The usual scale of {@link FeatureEncoding#BYTES} pixels: 0..255 to 0..1. */
    public static final double BYTE_SCALE = 1.0 / 255;

    public FeatureSpec {
        requireName(inputField, "input_field");
        if (encoding == null) throw new IllegalArgumentException("encoding must be given: float_vector, bytes or list");
        if (!(Double.isFinite(scale) && scale != 0)) {
            throw new IllegalArgumentException("scale must be a finite, non-zero number, got " + scale);
        }
        requireName(labelField, "label_field");
        if (classes < 2) throw new IllegalArgumentException("classes must be >= 2, got " + classes);
        if (classNames == null) classNames = List.of();
        for (String name : classNames) {
            if (name == null) throw new IllegalArgumentException("class names must not contain null: " + classNames);
        }
        classNames = List.copyOf(classNames);
        if (!classNames.isEmpty() && classNames.size() != classes) {
            throw new IllegalArgumentException(classes + " classes but " + classNames.size() + " class names " + classNames
                    + "; give one name per class or none");
        }
        Set<String> seen = new HashSet<>();
        for (String name : classNames) {
            if (!seen.add(name)) throw new IllegalArgumentException("class name '" + name + "' appears twice in " + classNames);
        }
    }

    /** A {@code float[]} input, unscaled, without class names. */
    public static FeatureSpec floatVector(String inputField, String labelField, int classes) {
        return new FeatureSpec(inputField, FeatureEncoding.FLOAT_VECTOR, 1.0, labelField, classes, List.of());
    }

    /** A {@code byte[]} input (unsigned) multiplied by {@code scale}, without class names. */
    public static FeatureSpec bytes(String inputField, double scale, String labelField, int classes) {
        return new FeatureSpec(inputField, FeatureEncoding.BYTES, scale, labelField, classes, List.of());
    }

    /** A list-of-numbers input, unscaled, without class names. */
    public static FeatureSpec list(String inputField, String labelField, int classes) {
        return new FeatureSpec(inputField, FeatureEncoding.LIST, 1.0, labelField, classes, List.of());
    }

    public FeatureSpec withScale(double s) {
        return new FeatureSpec(inputField, encoding, s, labelField, classes, classNames);
    }

    public FeatureSpec withClassNames(List<String> names) {
        return new FeatureSpec(inputField, encoding, scale, labelField, classes, new ArrayList<>(names));
    }

    /** The name of class {@code index}, or null when this spec names no classes. */
    public String className(int index) {
        return classNames.isEmpty() ? null : classNames.get(index);
    }

    private static void requireName(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " must name a record field");
    }
}
