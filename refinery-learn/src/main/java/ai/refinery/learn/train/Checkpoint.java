package ai.refinery.learn.train;

import ai.refinery.learn.optim.OptimizerState;
import ai.refinery.learn.tensor.Tensor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything a run needs to continue after epoch {@link #epochsCompleted} exactly as if it had not
 * stopped: weights, optimizer state, the dropout generators' states, early-stopping state and the
 * history so far. {@link #fingerprint} describes the run (config, optimizer, model shapes, data
 * sizes) so that a resume of a different run is refused. Stored by {@link CheckpointFile}.
 */
public record Checkpoint(String fingerprint, int epochsCompleted, boolean stopped, List<EpochResult> history,
                         double bestMetric, int bestEpoch, int epochsWithoutImprovement, long[] randomStates,
                         Map<String, Tensor> parameters, OptimizerState optimizer) {

    /** The one checkpoint file in a checkpoint directory, replaced atomically after every epoch. */
    public static Path file(Path directory) {
        return directory.resolve("last.ckpt");
    }

    /** Reads and verifies (format, version, checksum) the checkpoint in {@code directory}. */
    public static Checkpoint read(Path directory) {
        Path file = file(directory);
        if (!Files.exists(file)) throw new IllegalStateException("no checkpoint to resume from: " + file + " does not exist");
        try {
            return CheckpointFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }
}
