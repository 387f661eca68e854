package ai.refinery.quality.expect;

import ai.refinery.core.record.Record;
import ai.refinery.core.record.Values;
import ai.refinery.core.tap.RecordTap;
import ai.refinery.core.util.CanonicalEncoder;
import ai.refinery.core.util.Hashing;
import java.util.ArrayList;
import java.util.List;

/**
 * No value of a column appears twice. Exact: a 64-bit hash of each value is kept (8 bytes a row,
 * in a primitive open-addressing set), so memory grows with the number of distinct values; two
 * different values share a hash with probability about n²/2⁶⁵ (3·10⁻⁶ at 10 million rows). A row
 * fails when an earlier row (in input order) had its value; missing and null values are not checked.
 */
final class UniqueCheck extends Expectation {
    UniqueCheck(Side side, String name, String column, Level level) {
        super(side, name, "unique", column, level);
    }

    @Override
    public RecordTap<?> newRowTap(int failingRowsKept) {
        return new Tap(column(), failingRowsKept);
    }

    @Override
    public Result evaluate(Evidence evidence, RecordTap<?> rowTap) {
        FailingRows rows = ((Tap) rowTap).total;
        String message = rows.failing() == 0
                ? "all " + rows.checked() + " values of " + column() + " are distinct"
                : String.format(java.util.Locale.ROOT, "%,d of %,d rows repeat an earlier value of %s", rows.failing(), rows.checked(), column());
        return result(rows.failing() == 0, rows.passingFraction(), "no repeated values", rows, message);
    }

    /** Hashes values per batch; the merge, in input order, decides which rows repeat an earlier one. */
    static final class Tap implements RecordTap<Tap.Part> {
        private final String column;
        final FailingRows total;
        private final LongHashSet seen = new LongHashSet();

        Tap(String column, int keep) {
            this.column = column;
            this.total = new FailingRows(keep);
        }

        final class Part implements RecordTap.Partial {
            final List<Record> records = new ArrayList<>();
            long[] hashes = new long[64];

            @Override
            public void accept(Record r) {
                Object v = r.get(column);
                if (v == null) return;
                if (records.size() == hashes.length) hashes = java.util.Arrays.copyOf(hashes, hashes.length * 2);
                hashes[records.size()] = hash(v);
                records.add(r);
            }
        }

        /**
         * A 64-bit hash that keeps values of different types apart: longs through a bijective mix
         * (two longs never share a hash), strings through MurmurHash3, others through their
         * canonical encoding.
         */
        static long hash(Object v) {
            if (v instanceof Long l) return Hashing.fmix64(l + 0x9E3779B97F4A7C15L);
            if (v instanceof String s) return Hashing.murmur3x64_128(s, 0x5eedL).high() ^ 0x5354524EL;
            return new CanonicalEncoder().value(Values.normalize(v)).hash(0x5eedL).high();
        }

        @Override public Part newPartial() { return new Part(); }

        @Override
        public void merge(Part p) {
            for (int i = 0; i < p.records.size(); i++) {
                Record r = p.records.get(i);
                if (seen.add(p.hashes[i])) total.pass();
                else total.fail(r, r.get(column), "repeats an earlier row's value");
            }
        }
    }
}
