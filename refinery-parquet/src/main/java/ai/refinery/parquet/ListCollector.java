package ai.refinery.parquet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the elements of one list value. Lists of FLOAT become float vectors, collected without
 * boxing; such a list with a null element falls back to a list of doubles so that nothing is lost.
 */
final class ListCollector extends Sink {
    private final boolean floatVector;
    private float[] floats = new float[16];
    private int floatCount;
    private List<Object> boxed;

    ListCollector(boolean floatVector) {
        this.floatVector = floatVector;
    }

    void reset() {
        floatCount = 0;
        boxed = floatVector ? null : new ArrayList<>();
    }

    @Override
    void accept(Object value) {
        if (boxed == null) box();
        boxed.add(value);
    }

    @Override
    void acceptFloat(float value) {
        if (boxed != null) {
            boxed.add((double) value);
            return;
        }
        if (floatCount == floats.length) floats = Arrays.copyOf(floats, floatCount * 2);
        floats[floatCount++] = value;
    }

    private void box() {
        boxed = new ArrayList<>(floatCount + 8);
        for (int i = 0; i < floatCount; i++) boxed.add((double) floats[i]);
    }

    /** The list collected since {@link #reset}: a float[] or a List. */
    Object finish() {
        Object result = boxed != null ? boxed : Arrays.copyOf(floats, floatCount);
        boxed = null;
        return result;
    }
}
