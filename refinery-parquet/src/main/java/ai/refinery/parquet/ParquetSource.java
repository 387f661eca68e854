package ai.refinery.parquet;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.io.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;

/**
 * Reads Parquet files, one record per row, the 1-based row number standing in for the line.
 * Parquet needs random access to its footer, so the file is opened from its path
 * ({@link #streamsBytes()} is false). Type mapping: see {@link PrimitiveConverters} and
 * {@link GroupConverters}; a null or absent optional value is a field with a null value.
 */
public final class ParquetSource implements SourceFormat<ParquetSource.Options> {
    /** Options of {@code format: parquet} inputs. */
    public record Options(
            @Setting(value = "Read only these top-level columns, in this order (default: all columns).", optional = true)
            List<String> columns) {
        public Options {
            columns = columns == null ? List.of() : List.copyOf(columns);
            if (new HashSet<>(columns).size() != columns.size()) {
                throw new IllegalArgumentException("columns lists a column more than once: " + columns);
            }
        }

        public static Options defaults() {
            return new Options(List.of());
        }
    }

    @Override public String name() { return "parquet"; }
    @Override public List<String> extensions() { return List.of(".parquet"); }
    @Override public Class<Options> optionsType() { return Options.class; }
    @Override public boolean streamsBytes() { return false; }

    @Override
    public SourceReader open(InputFile file, InputStream in, Options options) throws IOException {
        return ParquetRowReader.open(file, options.columns());
    }
}
