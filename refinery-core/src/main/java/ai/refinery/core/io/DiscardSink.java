package ai.refinery.core.io;

import ai.refinery.core.record.Record;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A sink that keeps nothing: records are counted and accounted for as in any run, and the shards
 * are empty. What the fitting pass of a fitted step writes (only its taps matter there), and a dry
 * run for a user who wants the drop counts, run.json and report without the data
 * ({@code output: {format: discard}}).
 */
public final class DiscardSink implements SinkFormat<NoOptions> {
    public static final String NAME = "discard";
    private static final ShardWriter NOTHING = new ShardWriter() {
        @Override
        public void write(Object encoded) {}

        @Override
        public void close() {}
    };

    @Override public String name() { return NAME; }

    @Override public String extension() { return ".discard"; }

    @Override public Class<NoOptions> optionsType() { return NoOptions.class; }

    @Override
    public Object encode(List<Record> batch, NoOptions options) {
        return null;
    }

    @Override
    public ShardWriter open(Path file, OutputStream out, NoOptions options) {
        return NOTHING;
    }
}
