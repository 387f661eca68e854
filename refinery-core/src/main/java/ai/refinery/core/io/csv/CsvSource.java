package ai.refinery.core.io.csv;

import ai.refinery.core.config.Setting;
import ai.refinery.core.config.Suggestions;
import ai.refinery.core.io.Compression;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.FieldType;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV and TSV files (RFC 4180 quoting; quoted cells may span lines). The reader thread only cuts
 * rows into cells; typing the cells happens in {@link SourceReader#decode} on the workers.
 */
public final class CsvSource implements SourceFormat<CsvSource.Options> {
    /** Types a cell can be converted to: CSV has no syntax for bytes, vectors, lists or maps. */
    static final Set<FieldType> CELL_TYPES = Set.of(FieldType.STRING, FieldType.LONG, FieldType.DOUBLE, FieldType.BOOLEAN);

    /** Options of {@code format: csv} inputs. */
    public record Options(
            @Setting(value = "Cell separator, e.g. ',' or ';'; 'tab' (or \\t) for a tab. Default: a tab for .tsv files, ',' otherwise.", optional = true)
            String delimiter,
            @Setting(value = "Quote character around cells that contain the separator, quotes or line breaks; empty for none.", defaultValue = "'\"'")
            String quote,
            @Setting(value = "The first row names the columns (and is not a record).", defaultValue = "true")
            boolean header,
            @Setting(value = "Column names in file order: they replace the header's names, or name the columns of a file without header (otherwise col_1, col_2, ...).", optional = true)
            List<String> columns,
            @Setting(value = "Types of columns as long, double, boolean or string, e.g. {age: long}; other columns stay strings.", optional = true)
            Map<String, FieldType> types,
            @Setting(value = "Cell texts read as null; by default an empty cell is null.", defaultValue = "['']")
            List<String> nullValues,
            @Setting(value = "Strip white space around cells and header names.", defaultValue = "false")
            boolean trim,
            @Setting(value = "Rows longer than about this many characters stop the file (usually a quote that is never closed).", defaultValue = "67108864")
            long maxRowChars) {

        public Options {
            delimiter = CsvChars.delimiter(delimiter);
            if (quote == null) quote = "\"";
            CsvChars.checkDistinct(delimiter, CsvChars.quote(quote));
            columns = columns == null ? List.of() : List.copyOf(columns);
            types = types == null ? Map.of() : Map.copyOf(types);
            nullValues = nullValues == null ? List.of("") : List.copyOf(nullValues);
            checkNames(columns);
            for (Map.Entry<String, FieldType> e : types.entrySet()) {
                if (!CELL_TYPES.contains(e.getValue())) {
                    throw new IllegalArgumentException("types." + e.getKey() + ": a CSV cell cannot be read as "
                            + e.getValue().label() + "; use long, double, boolean or string");
                }
                if (!columns.isEmpty() && !columns.contains(e.getKey())) {
                    throw new IllegalArgumentException("types names column '" + e.getKey() + "' which is not in columns"
                            + Suggestions.didYouMean(e.getKey(), columns) + "; columns: " + String.join(", ", columns));
                }
            }
            if (maxRowChars < RowLimitReader.MIN_LIMIT) {
                throw new IllegalArgumentException("max_row_chars must be at least " + RowLimitReader.MIN_LIMIT + ", got " + maxRowChars);
            }
        }

        /** The defaults of a recipe that sets no options. */
        public static Options defaults() {
            return new Options(null, "\"", true, null, null, null, false, 67108864L);
        }

        private static void checkNames(List<String> columns) {
            Set<String> seen = new HashSet<>();
            for (String c : columns) {
                if (c == null || c.isEmpty()) throw new IllegalArgumentException("columns must not contain an empty name");
                if (!seen.add(c)) throw new IllegalArgumentException("columns names '" + c + "' twice");
            }
        }
    }

    @Override public String name() { return "csv"; }
    @Override public List<String> extensions() { return List.of(".csv", ".tsv"); }
    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public SourceReader open(InputFile file, InputStream in, Options options) throws IOException {
        String delimiter = options.delimiter() != null ? options.delimiter() : isTsv(file) ? "\t" : ",";
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote(CsvChars.quote(options.quote()))
                // Blank lines are handled by the reader: skipping them here would shift line numbers.
                .setIgnoreEmptyLines(false)
                .setRecordSeparator("\n")
                .get();
        return new CsvRowReader(in, format, options);
    }

    private static boolean isTsv(InputFile file) {
        if (file == null || file.path() == null || file.path().getFileName() == null) return false;
        String name = Compression.stripSuffix(file.path().getFileName().toString());
        return name.toLowerCase(Locale.ROOT).endsWith(".tsv");
    }
}
