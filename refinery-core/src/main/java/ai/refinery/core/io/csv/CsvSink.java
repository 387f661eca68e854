package ai.refinery.core.io.csv;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.io.SinkFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes CSV: UTF-8, '"' quotes where needed, '\n' line ends. Only record fields are written (not
 * the id or meta); a null value is an empty cell.
 */
public final class CsvSink implements SinkFormat<CsvSink.Options> {
    /** Options of {@code format: csv} outputs. */
    public record Options(
            @Setting(value = "Cell separator, e.g. ',' or ';'; 'tab' (or \\t) for a tab.", defaultValue = "','")
            String delimiter,
            @Setting(value = "Write a first row with the column names.", defaultValue = "true")
            boolean header,
            @Setting(value = "Fields to write, in this order; others are left out. By default the fields of each shard's first record, and a record with any other field is an error.", optional = true)
            List<String> columns) {

        public Options {
            delimiter = delimiter == null ? "," : CsvChars.delimiter(delimiter);
            CsvChars.checkDistinct(delimiter, '"');
            columns = columns == null ? List.of() : List.copyOf(columns);
            Set<String> seen = new HashSet<>();
            for (String c : columns) {
                if (c == null || c.isEmpty()) throw new IllegalArgumentException("columns must not contain an empty name");
                if (!seen.add(c)) throw new IllegalArgumentException("columns names '" + c + "' twice");
            }
        }

        /** The defaults of a recipe that sets no options. */
        public static Options defaults() {
            return new Options(",", true, null);
        }
    }

    @Override public String name() { return "csv"; }
    @Override public String extension() { return ".csv"; }
    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public ShardWriter open(Path file, OutputStream out, Options options) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setQuoteMode(QuoteMode.MINIMAL)
                .setRecordSeparator("\n")
                .get();
        return new CsvShardWriter(out, format, options);
    }
}
