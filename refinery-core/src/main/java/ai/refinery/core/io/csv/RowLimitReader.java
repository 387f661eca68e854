package ai.refinery.core.io.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Counts the characters handed to the CSV parser since the current row began, so that a quote that
 * is never closed stops the file with a clear error instead of buffering the rest of it in memory.
 * The parser reads ahead by one buffer, so the limit is approximate; hence its floor.
 */
final class RowLimitReader extends FilterReader {
    /** Well above the parser's read-ahead buffer (8 KiB), so that normal rows never trip the limit. */
    static final long MIN_LIMIT = 1 << 16;

    /** The current row is longer than the limit. */
    static final class RowTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RowTooLongException(long limit) {
            super("row is longer than max_row_chars (" + limit + " characters)");
        }
    }

    private final long limit;
    private long count;

    RowLimitReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Called before each row is parsed. */
    void startRow() {
        count = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) charge(1);
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) charge(n);
        return n;
    }

    private void charge(int n) throws RowTooLongException {
        count += n;
        if (count > limit) throw new RowTooLongException(limit);
    }
}
