package ai.refinery.core.io.jsonl;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.ShardWriter;
import ai.refinery.core.io.SinkFormat;
import ai.refinery.core.record.Record;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** Writes JSON Lines: one object per record, fields in record order. */
public final class JsonlSink implements SinkFormat<JsonlSink.Options> {
    /** Options of {@code format: jsonl} outputs. */
    public record Options(
            @Setting(value = "Write the record id under this field name (skipped when the record already has that field).", optional = true)
            String idField,
            @Setting(value = "Write the record's meta (scores, language, ...) as an object under this field; empty to omit.", defaultValue = "_meta")
            String metaField) {
        public Options {
            if (metaField != null && metaField.isEmpty()) metaField = null;
            if (idField != null && idField.isEmpty()) idField = null;
        }
    }

    @Override public String name() { return "jsonl"; }
    @Override public String extension() { return ".jsonl"; }
    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public Object encode(List<Record> batch, Options options) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(64, batch.size() * 96));
        try (JsonGenerator g = JsonlSource.FACTORY.createGenerator(bytes)) {
            g.setRootValueSeparator(null);
            for (Record r : batch) {
                JsonValues.writeRecord(g, r, options.idField(), options.metaField());
                g.writeRaw('\n');
            }
        }
        return bytes.toByteArray();
    }

    @Override
    public ShardWriter open(Path file, OutputStream out, Options options) {
        return new ShardWriter() {
            @Override
            public void write(Object encoded) throws IOException {
                out.write((byte[]) encoded);
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    }
}
