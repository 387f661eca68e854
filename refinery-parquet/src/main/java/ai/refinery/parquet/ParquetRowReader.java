package ai.refinery.parquet;

import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import ai.refinery.core.record.Values;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/**
 * Reads one Parquet file row by row: one row group's column chunks are in memory at a time (the
 * projected ones only). {@link #next} assembles a row as an array of values; {@link #decode} only
 * names them and turns JSON text columns back into values, so it needs neither the file nor locks.
 */
final class ParquetRowReader implements SourceReader {
    /** Footer key naming the column that holds record meta (written by the sink), read back as meta. */
    static final String META_COLUMN_KEY = "refinery.meta_column";
    private final String label;
    private final ParquetFileReader file;
    private final MessageColumnIO columnIO;
    private final RowMaterializer materializer;
    private final String[] names;
    private final boolean[] json;
    private final int metaIndex;
    private PageReadStore rowGroup;
    private RecordReader<Object[]> rows;
    private long rowsLeftInGroup;
    private long rowNumber;

    private ParquetRowReader(String label, ParquetFileReader file, Projection projection, Set<String> jsonColumns, String metaColumn) {
        this.label = label;
        this.file = file;
        FileMetaData meta = file.getFooter().getFileMetaData();
        this.columnIO = new ColumnIOFactory(meta.getCreatedBy()).getColumnIO(projection.requested(), meta.getSchema());
        this.materializer = new RowMaterializer(projection);
        this.names = projection.names();
        this.json = new boolean[names.length];
        for (int i = 0; i < names.length; i++) json[i] = jsonColumns.contains(names[i]);
        this.metaIndex = metaColumn == null ? -1 : java.util.Arrays.asList(names).indexOf(metaColumn);
    }

    static ParquetRowReader open(InputFile input, List<String> columns) throws IOException {
        String label = input.label();
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(Codecs.INSTANCE)
                .build();
        ParquetFileReader file;
        try {
            file = ParquetFileReader.open(new LocalInputFile(input.path()), options);
        } catch (IOException | RuntimeException e) {
            throw new IOException(label + ": not a readable Parquet file: " + e.getMessage(), e);
        }
        try {
            FileMetaData meta = file.getFooter().getFileMetaData();
            MessageType schema = meta.getSchema();
            Projection projection = Projection.of(schema, columns, label);
            file.setRequestedSchema(projection.requested());
            checkCodecs(label, file);
            Map<String, String> footer = meta.getKeyValueMetaData();
            Set<String> jsonColumns = JsonText.decodeNames(footer == null ? null : footer.get(JsonText.FOOTER_KEY));
            return new ParquetRowReader(label, file, projection, jsonColumns, footer == null ? null : footer.get(META_COLUMN_KEY));
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Fails at open, with a clear message, rather than in the middle of the file. */
    private static void checkCodecs(String label, ParquetFileReader file) throws IOException {
        for (BlockMetaData block : file.getRowGroups()) {
            for (ColumnChunkMetaData chunk : block.getColumns()) {
                if (!Codecs.canRead(chunk.getCodec())) {
                    throw new IOException(label + ": column " + chunk.getPath().toDotString() + " is compressed with "
                            + chunk.getCodec() + ", which is not supported; supported: uncompressed, snappy, gzip, zstd, lz4_raw");
                }
            }
        }
    }

    @Override
    public boolean next(RawBatch batch) throws IOException {
        while (true) {
            if (rowsLeftInGroup == 0 && !nextRowGroup()) return false;
            Object[] row;
            try {
                row = rows.read();
            } catch (RuntimeException e) {
                throw new IOException(label + ": cannot read row " + (rowNumber + 1) + ": " + e.getMessage(), e);
            }
            rowsLeftInGroup--;
            rowNumber++;
            if (row == null) continue; // skipped by a filter (none is set, but the API allows it)
            batch.add(row, rowNumber);
            return true;
        }
    }

    private boolean nextRowGroup() throws IOException {
        while (true) {
            closeRowGroup();
            try {
                rowGroup = file.readNextRowGroup();
            } catch (RuntimeException e) {
                throw new IOException(label + ": cannot read the row group after row " + rowNumber + ": " + e.getMessage(), e);
            }
            if (rowGroup == null) return false;
            rowsLeftInGroup = rowGroup.getRowCount();
            if (rowsLeftInGroup == 0) continue;
            rows = columnIO.getRecordReader(rowGroup, materializer);
            return true;
        }
    }

    private void closeRowGroup() {
        if (rowGroup != null) {
            rowGroup.close(); // releases its buffers
            rowGroup = null;
            rows = null;
        }
    }

    @Override
    public Record decode(Object unit, String id) throws BadRecordException {
        Object[] values = (Object[]) unit;
        Record.Builder b = Record.builder(id);
        for (int i = 0; i < names.length; i++) {
            Object v = values[i];
            if (json[i] && v != null) v = JsonColumns.decode(names[i], v);
            if (i == metaIndex) {
                if (v instanceof Map<?, ?> m) m.forEach((k, x) -> b.meta((String) k, x));
                continue; // the meta column is the record's meta, not a field
            }
            b.set(names[i], v);
        }
        return b.build();
    }

    @Override
    public String rawText(Object unit) {
        Object[] values = (Object[]) unit;
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(names[i]).append('=').append(Values.toDisplayString(values[i]));
        }
        return sb.append('}').toString();
    }

    @Override
    public void close() throws IOException {
        closeRowGroup();
        file.close();
    }
}
