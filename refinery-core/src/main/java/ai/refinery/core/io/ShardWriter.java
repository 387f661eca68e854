package ai.refinery.core.io;

import java.io.Closeable;
import java.io.IOException;

/** Writes one output shard; called from one thread, batches in order. */
public interface ShardWriter extends Closeable {
    /** Writes what {@link SinkFormat#encode} returned for one batch. */
    void write(Object encoded) throws IOException;
}
