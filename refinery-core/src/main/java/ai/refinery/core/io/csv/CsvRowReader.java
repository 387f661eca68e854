package ai.refinery.core.io.csv;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one CSV file. {@link #next} cuts rows with a streaming {@link CSVParser} (one row in memory
 * at a time); a unit is the row's cells ({@code String[]}) or a {@link BrokenRow}.
 */
final class CsvRowReader implements SourceReader {
    private static final char BOM = '\uFEFF';

    private final CSVFormat format;
    private final CsvSource.Options options;
    private final RowLimitReader limiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> rows;
    /** Set by the reader thread before the first unit is handed out; read by the workers. */
    private volatile RowDecoder decoder;

    CsvRowReader(InputStream in, CSVFormat format, CsvSource.Options options) throws IOException {
        this.format = format;
        this.options = options;
        // Bad bytes become a marker that decode() rejects, so only their row is quarantined. The
        // decoder reads ahead, so reporting them here could not name the row.
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(String.valueOf(RowDecoder.INVALID_UTF8)));
        this.limiter = new RowLimitReader(text, options.maxRowChars());
        this.parser = CSVParser.builder().setReader(skipBom(limiter)).setFormat(format).get();
        this.rows = parser.iterator();
        if (!options.header() && !options.columns().isEmpty()) {
            decoder = RowDecoder.of(options.columns(), options);
        }
    }

    /** Spreadsheets start UTF-8 files with a byte order mark; it is not part of the first cell. */
    private static Reader skipBom(Reader in) throws IOException {
        PushbackReader r = new PushbackReader(in, 1);
        int first = r.read();
        if (first >= 0 && first != BOM) r.unread(first);
        return r;
    }

    @Override
    public boolean next(RawBatch batch) throws IOException {
        while (true) {
            // Each row starts at a line start (rows end at a line break), so this is its first line.
            long line = parser.getCurrentLineNumber() + 1;
            limiter.startRow();
            String[] cells;
            try {
                if (!rows.hasNext()) return false;
                cells = rows.next().values();
            } catch (UncheckedIOException e) {
                IOException cause = e.getCause();
                if (!(cause instanceof CSVException)) throw fatal(cause, line);
                if (options.header() && decoder == null) {
                    throw new IOException("cannot read the header row at line " + line + ": " + cause.getMessage(), cause);
                }
                batch.add(broken(cause, line), line);
                return true;
            }
            if (isBlank(cells)) continue;
            if (decoder == null) {
                decoder = decoderFor(cells, line);
                if (options.header()) continue;
            }
            batch.add(cells, line);
            return true;
        }
    }

    /**
     * A blank line parses as one empty cell. It is skipped, except in a file of one column, where it
     * is how an empty value is written and skipping it would lose a row.
     */
    private boolean isBlank(String[] cells) {
        if (cells.length != 1 || !cells[0].isEmpty()) return false;
        RowDecoder d = decoder;
        return d == null || d.width() != 1;
    }

    private RowDecoder decoderFor(String[] firstRow, long line) throws IOException {
        try {
            if (!options.header()) return RowDecoder.of(RowDecoder.generatedNames(firstRow.length), options);
            if (options.columns().isEmpty()) return RowDecoder.of(Arrays.asList(firstRow), options);
            if (options.columns().size() != firstRow.length) {
                throw new IllegalArgumentException("'columns' lists " + options.columns().size()
                        + " names but the header has " + firstRow.length + " columns");
            }
            return RowDecoder.of(options.columns(), options);
        } catch (IllegalArgumentException e) {
            throw new IOException((options.header() ? "header at line " : "first row at line ") + line + ": " + e.getMessage(), e);
        }
    }

    /**
     * After a syntax error the parser stands inside the bad row. The next record it reads is the
     * rest of that row (up to its line break); it is attached to the broken row, not passed off as
     * a row of its own, and the parser is back at a line start.
     */
    private BrokenRow broken(IOException error, long line) throws IOException {
        StringBuilder tail = new StringBuilder();
        while (true) {
            try {
                if (rows.hasNext()) tail.append(String.join(format.getDelimiterString(), rows.next().values()));
                break;
            } catch (UncheckedIOException e) {
                // Another error in the same row: each consumes input, so this ends.
                if (!(e.getCause() instanceof CSVException)) throw fatal(e.getCause(), line);
            }
        }
        return new BrokenRow("malformed CSV row starting at line " + line + ": " + error.getMessage(), tail.toString());
    }

    private IOException fatal(IOException cause, long line) {
        if (cause instanceof RowLimitReader.RowTooLongException) {
            return new IOException("the row starting at line " + line + " is longer than max_row_chars ("
                    + options.maxRowChars() + " characters); is a quote never closed?", cause);
        }
        return cause;
    }

    @Override
    public Record decode(Object unit, String id) throws BadRecordException {
        if (unit instanceof BrokenRow b) throw new BadRecordException(b.message());
        return decoder.decode((String[]) unit, id);
    }

    @Override
    public String rawText(Object unit) {
        if (unit instanceof BrokenRow b) return b.tail();
        return join((String[]) unit);
    }

    /** The cells as one CSV line in this file's dialect. */
    private String join(String[] cells) {
        StringBuilder sb = new StringBuilder();
        try {
            CSVPrinter printer = new CSVPrinter(sb, format);
            for (String c : cells) printer.print(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
