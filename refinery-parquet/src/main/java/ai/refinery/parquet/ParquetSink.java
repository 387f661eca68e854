package ai.refinery.parquet;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.io.SinkFormat;
import ai.refinery.core.record.FieldType;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes Parquet shards. Each shard has one schema: the {@code schema} option or what its first
 * records show (see {@link SchemaInference}); a later record that does not fit fails the shard
 * with an error naming the record, field and types rather than losing data.
 *
 * <p>Type mapping: string, long, double, boolean and bytes to the matching Parquet types; float
 * vectors to {@code LIST<FLOAT>}; lists to {@code LIST} of one element type (nested values as JSON
 * text); maps, and the record's meta, to {@code MAP<STRING, STRING>} with JSON text values.
 */
public final class ParquetSink implements SinkFormat<ParquetSink.Options> {
    /** Compression codecs offered for writing (all work without native Hadoop libraries). */
    public enum Codec {
        UNCOMPRESSED, SNAPPY, GZIP, ZSTD;

        CompressionCodecName parquetName() {
            return CompressionCodecName.valueOf(name());
        }
    }

    /** Options of {@code format: parquet} outputs. */
    public record Options(
            @Setting(value = "Column names and types in column order (e.g. {text: string, score: double}); by default each shard's schema is inferred from its first records.", optional = true)
            Map<String, FieldType> schema,
            @Setting(value = "Write the record id as a string column of this name (skipped when the schema has that field).", optional = true)
            String idField,
            @Setting(value = "Write the record's meta as a map column (JSON text values) of this name, present in every shard; empty to omit (also omitted when the schema has a field of that name).", defaultValue = "_meta")
            String metaField,
            @Setting(value = "Page compression: uncompressed, snappy, gzip or zstd.", defaultValue = "snappy")
            Codec codec,
            @Setting(value = "Target size in bytes of a row group (the unit buffered in memory before it is written).", defaultValue = "67108864")
            long rowGroupBytes) {
        public Options {
            schema = schema == null ? Map.of() : schema;
            if (idField != null && idField.isEmpty()) idField = null;
            if (metaField != null && metaField.isEmpty()) metaField = null;
            if (codec == null) codec = Codec.SNAPPY;
            if (rowGroupBytes < 1) throw new IllegalArgumentException("row_group_bytes must be positive, got " + rowGroupBytes);
            if (idField != null && idField.equals(metaField)) {
                throw new IllegalArgumentException("id_field and meta_field must differ, both are '" + idField + "'");
            }
            for (Map.Entry<String, FieldType> e : schema.entrySet()) {
                if (e.getValue() == null) throw new IllegalArgumentException("schema: field '" + e.getKey() + "' has no type");
            }
        }

        /** The defaults: inferred schema, no id column, meta under {@code _meta}, snappy, 64 MiB row groups. */
        public static Options defaults() {
            return new Options(Map.of(), null, "_meta", Codec.SNAPPY, 64L << 20);
        }
    }

    @Override public String name() { return "parquet"; }
    @Override public String extension() { return ".parquet"; }
    @Override public Class<Options> optionsType() { return Options.class; }
    @Override public boolean streamsBytes() { return false; }

    @Override
    public ShardWriter open(Path file, OutputStream out, Options options) throws IOException {
        // out is null (streamsBytes() is false): Parquet writes its footer at known offsets, so it writes the file itself.
        return new ParquetShardWriter(file, options);
    }
}
