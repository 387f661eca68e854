package ai.refinery.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A file format that records are read from (JSONL, CSV, Parquet, ...), found by {@link #name()}
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/ai.refinery.core.io.SourceFormat}).
 *
 * <p>Reading is split in two so that a single reader thread stays cheap: {@link SourceReader#next}
 * cuts raw units (a line, a CSV row) in order, and {@link SourceReader#decode} turns a unit into a
 * record on worker threads.
 *
 * @param <O> the format's options record (the {@code input.options} mapping of a recipe)
 */
public interface SourceFormat<O extends java.lang.Record> {
    /** Stable name used in recipes ({@code format: jsonl}). */
    String name();

    /** File name endings this format claims, without compression suffix, e.g. {@code .jsonl}. */
    List<String> extensions();

    Class<O> optionsType();

    /**
     * True when the format reads a byte stream: the engine then opens the file, decompresses
     * {@code .gz}/{@code .zst}, hashes the bytes as they pass, and hands the stream to {@link #open}.
     * False for random-access formats (Parquet), which get {@code in == null} and open the file themselves.
     */
    default boolean streamsBytes() {
        return true;
    }

    SourceReader open(InputFile file, InputStream in, O options) throws IOException;
}
