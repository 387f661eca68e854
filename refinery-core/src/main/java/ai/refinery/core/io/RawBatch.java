package ai.refinery.core.io;

import java.util.Arrays;

/** Raw units read from one input file, with their 1-based line (or row) numbers. */
public final class RawBatch {
    private Object[] units;
    private long[] lines;
    private int size;

    public RawBatch(int capacity) {
        units = new Object[Math.max(1, capacity)];
        lines = new long[units.length];
    }

    public void add(Object unit, long line) {
        if (size == units.length) {
            units = Arrays.copyOf(units, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        units[size] = unit;
        lines[size++] = line;
    }

    public int size() { return size; }
    public Object unit(int i) { return units[i]; }
    public long line(int i) { return lines[i]; }
}
