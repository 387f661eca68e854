package ai.refinery.quality.report.html;

import java.util.ArrayList;
import java.util.List;

/**
 * A character-level diff of two strings, for highlighting what a mapper changed. The common
 * prefix and suffix are cut first (trimming and case changes touch the ends), then the middle is
 * aligned by a longest-common-subsequence table when it is small enough; a larger middle is
 * reported as one deletion and one insertion, so cost stays bounded whatever the values.
 */
public final class TextDiff {
    private TextDiff() {}

    public enum Op { EQUAL, DELETE, INSERT }

    public record Segment(Op op, String text) {}

    /** Cells of the LCS table at most (4 bytes each): 1,000 x 1,000 characters. */
    public static final int MAX_CELLS = 1_000_000;

    public static List<Segment> diff(String before, String after) {
        return diff(before, after, MAX_CELLS);
    }

    public static List<Segment> diff(String before, String after, int maxCells) {
        int[] a = before.codePoints().toArray();
        int[] b = after.codePoints().toArray();
        int pre = 0;
        while (pre < a.length && pre < b.length && a[pre] == b[pre]) pre++;
        int suf = 0;
        while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] == b[b.length - 1 - suf]) suf++;

        Segments out = new Segments();
        out.add(Op.EQUAL, a, 0, pre);
        int n = a.length - pre - suf;
        int m = b.length - pre - suf;
        if ((long) (n + 1) * (m + 1) <= maxCells) {
            lcs(a, pre, n, b, pre, m, out);
        } else {
            out.add(Op.DELETE, a, pre, pre + n);
            out.add(Op.INSERT, b, pre, pre + m);
        }
        out.add(Op.EQUAL, a, a.length - suf, a.length);
        return out.list();
    }

    /** Aligns a[ao, ao+n) with b[bo, bo+m) by a suffix LCS table, then walks it front to back. */
    private static void lcs(int[] a, int ao, int n, int[] b, int bo, int m, Segments out) {
        int w = m + 1;
        int[] t = new int[(n + 1) * w]; // t[i][j] = LCS length of a[i..] and b[j..]
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                t[i * w + j] = a[ao + i] == b[bo + j]
                        ? t[(i + 1) * w + j + 1] + 1
                        : Math.max(t[(i + 1) * w + j], t[i * w + j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[ao + i] == b[bo + j]) {
                out.add(Op.EQUAL, a, ao + i, ao + i + 1);
                i++;
                j++;
            } else if (j == m || (i < n && t[(i + 1) * w + j] >= t[i * w + j + 1])) {
                out.add(Op.DELETE, a, ao + i, ao + i + 1);
                i++;
            } else {
                out.add(Op.INSERT, b, bo + j, bo + j + 1);
                j++;
            }
        }
    }

    /** Collects segments, merging neighbours of the same kind. */
    private static final class Segments {
        private final List<Op> ops = new ArrayList<>();
        private final List<StringBuilder> texts = new ArrayList<>();

        void add(Op op, int[] cps, int from, int to) {
            if (from >= to) return;
            int last = ops.size() - 1;
            if (last < 0 || ops.get(last) != op) {
                ops.add(op);
                texts.add(new StringBuilder());
                last++;
            }
            StringBuilder sb = texts.get(last);
            for (int k = from; k < to; k++) sb.appendCodePoint(cps[k]);
        }

        List<Segment> list() {
            List<Segment> out = new ArrayList<>(ops.size());
            for (int i = 0; i < ops.size(); i++) out.add(new Segment(ops.get(i), texts.get(i).toString()));
            return out;
        }
    }
}
