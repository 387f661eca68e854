package ai.refinery.learn.labels;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rounds non-negative reals to integers with a prescribed total (Hamilton's method). */
final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * Floors every value, then gives the units still missing to reach {@code total} to the largest
     * fractional parts (ties to the lower index). {@code values} must sum to about {@code total}.
     */
    static int[] round(double[] values, int total) {
        int[] out = new int[values.length];
        int assigned = 0;
        for (int j = 0; j < values.length; j++) {
            out[j] = (int) Math.floor(values[j] + 1e-9); // 2.9999999 from division is 3
            assigned += out[j];
        }
        double[] fraction = new double[values.length];
        for (int j = 0; j < values.length; j++) {
            fraction[j] = values[j] - out[j];
        }
        Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer j) -> -fraction[j]));
        for (int r = 0; assigned < total && r < order.length; r++) {
            out[order[r]]++;
            assigned++;
        }
        return out;
    }
}
