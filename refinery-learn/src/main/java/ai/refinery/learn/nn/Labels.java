package ai.refinery.learn.nn;

/** The check losses make on each label of a batch. */
final class Labels {
    private Labels() {}

    static void check(int[] labels, int row, int classes) {
        int y = labels[row];
        if (y < 0 || y >= classes) {
            throw new IllegalArgumentException("label " + y + " of batch row " + row + " is outside [0, " + classes + ")");
        }
    }
}
