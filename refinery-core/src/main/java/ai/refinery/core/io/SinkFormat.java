package ai.refinery.core.io;

import ai.refinery.core.record.Record;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A file format that records are written to, found by {@link #name()} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/ai.refinery.core.io.SinkFormat}).
 * Output is written in shards; the engine writes each shard to a temporary file and renames it into
 * place when complete, so a shard is either whole or absent.
 *
 * @param <O> the format's options record (the {@code output.options} mapping of a recipe)
 */
public interface SinkFormat<O extends java.lang.Record> {
    String name();

    /** File name ending of a shard, e.g. {@code .jsonl} (the engine adds a compression suffix). */
    String extension();

    Class<O> optionsType();

    /** True when the format writes a byte stream that the engine may compress; false for Parquet. */
    default boolean streamsBytes() {
        return true;
    }

    /**
     * Prepares a batch for writing. Called on worker threads, several batches at once, so
     * byte formats can serialize in parallel; the result is handed to {@link ShardWriter#write} in
     * order. The default passes the records through.
     */
    default Object encode(List<Record> batch, O options) throws IOException {
        return batch;
    }

    /**
     * Opens a shard. For byte formats {@code out} is the (compressing) stream to write to and
     * {@code file} is informative; otherwise {@code out} is null and the format writes {@code file}.
     */
    ShardWriter open(Path file, OutputStream out, O options) throws IOException;
}
