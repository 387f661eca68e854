package ai.refinery.parquet;

import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.record.Record;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;

/**
 * Writes one shard file. The Parquet writer is created with the first batch, whose records fix
 * the schema; it writes exactly {@code file} (no checksum side files) and buffers one row group.
 */
final class ParquetShardWriter implements ShardWriter {
    private final Path file;
    private final ParquetSink.Options options;
    private ParquetWriter<Object[]> writer;
    private RowEncoder encoder;
    private boolean failed;
    private boolean closed;

    ParquetShardWriter(Path file, ParquetSink.Options options) {
        this.file = file;
        this.options = options;
    }

    @Override
    public void write(Object encoded) throws IOException {
        @SuppressWarnings("unchecked")
        List<Record> batch = (List<Record>) encoded;
        if (failed) throw new IOException(file + ": an earlier batch of this shard failed; it cannot be continued");
        if (batch.isEmpty()) return;
        boolean ok = false;
        try {
            if (writer == null) start(batch);
            for (Record r : batch) write(r);
            ok = true;
        } finally {
            if (!ok) failed = true;
        }
    }

    private void write(Record r) throws IOException {
        Object[] row = encoder.encode(r);
        try {
            writer.write(row);
        } catch (RuntimeException e) { // Parquet reports encoding failures unchecked
            throw new IOException(file + ": cannot write record " + r.id() + ": " + e.getMessage(), e);
        }
    }

    private void start(List<Record> firstBatch) throws IOException {
        ShardSchema schema = new ShardSchema(SchemaInference.columns(firstBatch, options));
        if (schema.size() == 0) {
            throw new IOException(file + ": a Parquet file needs at least one column, but "
                    + (firstBatch.isEmpty() ? "the shard is empty" : "record " + firstBatch.get(0).id() + " has no fields")
                    + " and id_field and meta_field are off; set `schema`, `id_field` or `meta_field`");
        }
        encoder = new RowEncoder(schema);
        Map<String, String> footer = new java.util.HashMap<>();
        footer.put(JsonText.FOOTER_KEY, JsonText.encodeNames(schema.jsonColumns()));
        if (schema.metaColumn() >= 0) footer.put(ParquetRowReader.META_COLUMN_KEY, schema.column(schema.metaColumn()).name());
        writer = new Builder(new LocalOutputFile(file), new RowWriteSupport(schema, footer))
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(Codecs.INSTANCE)
                .withCompressionCodec(options.codec().parquetName())
                .withRowGroupSize(options.rowGroupBytes())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE) // the engine may have created the temp file
                .build();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (writer == null && !failed) start(List.of()); // an empty shard is still a valid file
        if (writer != null) writer.close();
    }

    /** Builder for our write support; both overloads are abstract or Hadoop-bound in Parquet's base class. */
    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final RowWriteSupport support;

        Builder(OutputFile file, RowWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }

        @Override
        @Deprecated
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return support;
        }
    }
}
