package ai.refinery.core.recipe;

import ai.refinery.core.io.Compression;
import ai.refinery.core.io.SinkFormat;
import java.nio.file.Path;

/** The resolved {@code output} of a recipe. */
public record OutputSpec(Path dir, SinkFormat<?> format, java.lang.Record options, Compression compression,
                         long recordsPerShard, WriteMode mode, int droppedSamples, int changedSamples) {
    /** What to do when the output directory already holds data. */
    public enum WriteMode { ERROR, OVERWRITE }

    /** File name of shard {@code index}, e.g. {@code part-00003.jsonl.zst}. */
    public String shardName(int index) {
        return String.format("part-%05d%s%s", index, format.extension(), format.streamsBytes() ? compression.suffix() : "");
    }
}
