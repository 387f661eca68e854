package ai.refinery.quality.expect;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.util.Locale;

/**
 * A check every row must pass (or at least a fraction {@code mostly} of the rows it applies to, as
 * Great Expectations' "mostly"): completeness, values in a set, a range, a pattern, a type, an
 * expression. The failing rows are listed with their ids and values.
 */
final class RowCheck extends Expectation {
    /** Judges one record: calls {@link FailingRows#pass()} or {@link FailingRows#fail}, or neither when the row does not apply. */
    interface Rule extends java.io.Serializable {
        void judge(Record r, FailingRows out);
    }

    private final Rule rule;
    private final double mostly;
    private final String expected;

    RowCheck(Side side, String name, String check, String column, Level level, Rule rule, double mostly, String expected) {
        super(side, name, check, column, level);
        this.rule = rule;
        this.mostly = mostly;
        this.expected = expected;
    }

    @Override
    public RecordTap<?> newRowTap(int failingRowsKept) {
        return new Tap(rule, failingRowsKept);
    }

    @Override
    public Result evaluate(Evidence evidence, RecordTap<?> rowTap) {
        FailingRows rows = ((Tap) rowTap).total;
        double fraction = rows.passingFraction();
        boolean passed = fraction >= mostly;
        String need = mostly >= 1.0 ? expected : expected + " for at least " + percent(mostly) + " of rows";
        String message = rows.failing() == 0
                ? "all " + rows.checked() + " rows checked pass"
                : String.format(Locale.ROOT, "%,d of %,d rows (%s) fail (expected: %s)", rows.failing(), rows.checked(),
                percent(1 - fraction), need);
        return result(passed, fraction, need, rows, message);
    }

    static String percent(double f) {
        return String.format(Locale.ROOT, "%.4g%%", 100 * f);
    }

    /** Applies the rule per batch; batches' failing rows are appended in input order. */
    static final class Tap implements RecordTap<Tap.Part> {
        private final Rule rule;
        private final int keep;
        final FailingRows total;

        Tap(Rule rule, int keep) {
            this.rule = rule;
            this.keep = keep;
            this.total = new FailingRows(keep);
        }

        final class Part implements RecordTap.Partial {
            final FailingRows rows = new FailingRows(keep);

            @Override
            public void accept(Record r) {
                rule.judge(r, rows);
            }
        }

        @Override public Part newPartial() { return new Part(); }

        @Override public void merge(Part p) { total.append(p.rows); }
    }
}
