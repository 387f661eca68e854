package ai.refinery.learn.model;

import java.util.Arrays;

/** One row of a model file's parameter table: a parameter's name, shape and byte offset in the data section. */
record ParameterEntry(String name, int[] shape, long offset) {

    /** Number of float32 values: the product of the shape, or -1 when it overflows an int (no Java array holds it). */
    long size() {
        long n = 1;
        for (int d : shape) {
            n *= d;
            if (n > Integer.MAX_VALUE) return -1;
        }
        return n;
    }

    @Override
    public String toString() {
        return name + Arrays.toString(shape) + "@" + offset;
    }
}
