package ai.refinery.quality.expect;

import ai.refinery.core.tap.RecordTap;

/**
 * One stated property of a dataset, checked on one side of a run. Row-level checks look at every
 * record through a tap and can list the rows that fail; the others judge metrics of the profile or
 * of the history.
 */
public abstract class Expectation {
    private final Side side;
    private final String name;
    private final String check;
    private final String column;
    private final Level level;

    protected Expectation(Side side, String name, String check, String column, Level level) {
        this.side = side;
        this.name = name;
        this.check = check;
        this.column = column;
        this.level = level;
    }

    public Side side() { return side; }
    public String name() { return name; }
    public String check() { return check; }
    /** The column it is about, or null. */
    public String column() { return column; }
    public Level level() { return level; }

    /** A fresh tap over the side's records for a run, or null when the check needs no rows. */
    public RecordTap<?> newRowTap(int failingRowsKept) {
        return null;
    }

    /**
     * Judges the run.
     *
     * @param rowTap the tap {@link #newRowTap} gave for this run (null when it gave none)
     */
    public abstract Result evaluate(Evidence evidence, RecordTap<?> rowTap);

    /** A result with this expectation's identity. */
    protected Result result(boolean passed, Double metric, String expected, FailingRows rows, String message) {
        return new Result(side, name, check, column, level, passed, metric, expected,
                rows == null ? null : rows.failing(), rows == null ? null : rows.samples(), message);
    }
}
