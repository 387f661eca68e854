package ai.refinery.text.dedup;

import ai.refinery.core.util.Hashing;

/**
 * The key of a line for corpus-wide line deduplication: a 64-bit hash of the line with its ends
 * trimmed, inner runs of whitespace collapsed to one space and letters lower-cased, so that
 * boilerplate differing only in spacing or case ("Unsubscribe  here" / "unsubscribe here") is one
 * line. Lines shorter than a minimum (after trimming) have no key: short lines such as "Thanks," or
 * "--" repeat everywhere without being boilerplate worth removing.
 */
final class LineKeys {
    /** Returned for a line without a key. */
    static final long NONE = 0L;
    private static final long SEED = 0x6c696e65_64656475L;

    private final int minChars;
    private final StringBuilder normalized = new StringBuilder(256);

    LineKeys(int minChars) {
        this.minChars = minChars;
    }

    /** The key of {@code text[from, to)}, or {@link #NONE}. Not thread-safe: one per thread. */
    long key(CharSequence text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to - from < minChars) return NONE;
        StringBuilder sb = normalized;
        sb.setLength(0);
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space) sb.append(' ');
            space = false;
            sb.append(Character.toLowerCase(c));
        }
        long h = Hashing.murmur3x64_128(sb.toString(), SEED).low();
        return h == NONE ? 1L : h;
    }

    /** The end of the line starting at {@code from}: the index of its '\n', or the text's length. */
    static int lineEnd(CharSequence text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) if (text.charAt(i) == '\n') return i;
        return n;
    }
}
