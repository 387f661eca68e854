package ai.refinery.learn.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an optimizer needs to continue exactly where it stopped: its step count and state arrays. */
public record OptimizerState(long steps, Map<String, float[]> slots) {
    public OptimizerState {
        if (steps < 0) throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        Map<String, float[]> copy = new LinkedHashMap<>();
        slots.forEach((k, v) -> copy.put(k, v.clone()));
        slots = Collections.unmodifiableMap(copy);
    }
}
