package ai.refinery.core.recipe;

import ai.refinery.core.config.Setting;

/** The {@code executor} section: which engine runs the recipe and how hard it may work. */
public record ExecutorSpec(
        @Setting(value = "Engine that runs the recipe.", defaultValue = "local") String type,
        @Setting(value = "Worker threads; 0 means one per available core.", defaultValue = "0") int threads,
        @Setting(value = "Records per batch handed to a worker.", defaultValue = "1000") int batchSize,
        @Setting(value = "Batches in flight at once (bounds memory); 0 means 4 per thread.", defaultValue = "0") int maxInFlight,
        @Setting(value = "A run whose quarantined share of input records exceeds this fails.", defaultValue = "0.01") double maxQuarantineFraction) {

    public ExecutorSpec {
        if (type == null || type.isBlank()) throw new IllegalArgumentException("type must not be empty");
        if (threads < 0) throw new IllegalArgumentException("threads must be >= 0, got " + threads);
        if (batchSize < 1 || batchSize > 1_000_000) throw new IllegalArgumentException("batch_size must be in 1..1000000, got " + batchSize);
        if (maxInFlight < 0) throw new IllegalArgumentException("max_in_flight must be >= 0, got " + maxInFlight);
        if (!(maxQuarantineFraction >= 0 && maxQuarantineFraction <= 1)) {
            throw new IllegalArgumentException("max_quarantine_fraction must be in [0, 1], got " + maxQuarantineFraction);
        }
    }

    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public int effectiveMaxInFlight() {
        return maxInFlight > 0 ? maxInFlight : 4 * effectiveThreads();
    }
}
