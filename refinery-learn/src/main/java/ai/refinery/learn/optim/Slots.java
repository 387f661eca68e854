package ai.refinery.learn.optim;

import ai.refinery.learn.nn.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-parameter state arrays of an optimizer (e.g. Adam's {@code m} and {@code v}), allocated when
 * the optimizer first sees its parameters, and their export to and import from {@link OptimizerState}.
 */
final class Slots {
    private final String[] kinds;
    private List<Parameter> bound;
    private float[][][] arrays; // [kind][parameter]
    private long steps;
    private OptimizerState pending;

    Slots(String... kinds) {
        this.kinds = kinds;
    }

    long steps() { return steps; }

    long increment() { return ++steps; }

    /** The state array {@code kind} (index into the constructor's kinds) of parameter {@code p}. */
    float[] get(int kind, int p) { return arrays[kind][p]; }

    /** Binds to {@code parameters} on the first call; later calls must pass the same parameters. */
    void bind(List<Parameter> parameters) {
        if (bound == null) {
            bound = List.copyOf(parameters);
            arrays = new float[kinds.length][parameters.size()][];
            for (int k = 0; k < kinds.length; k++) {
                for (int p = 0; p < parameters.size(); p++) arrays[k][p] = new float[parameters.get(p).size()];
            }
        } else if (!sameParameters(parameters)) {
            throw new IllegalArgumentException("this optimizer is bound to " + names(bound) + "; it cannot step " + names(parameters)
                    + " (use one optimizer per model)");
        }
        if (pending != null) {
            apply(pending);
            pending = null;
        }
    }

    private boolean sameParameters(List<Parameter> parameters) {
        if (parameters.size() != bound.size()) return false;
        for (int i = 0; i < bound.size(); i++) {
            if (parameters.get(i).value() != bound.get(i).value()) return false;
        }
        return true;
    }

    OptimizerState export() {
        Map<String, float[]> out = new LinkedHashMap<>();
        if (bound != null) {
            for (int p = 0; p < bound.size(); p++) {
                for (int k = 0; k < kinds.length; k++) out.put(bound.get(p).name() + "." + kinds[k], arrays[k][p]);
            }
        } else if (pending != null) {
            return pending;
        }
        return new OptimizerState(steps, out);
    }

    void restore(OptimizerState state) {
        if (bound == null) {
            pending = state; // sizes are known only once bound
            steps = state.steps();
        } else {
            apply(state);
        }
    }

    private void apply(OptimizerState state) {
        int expected = bound.size() * kinds.length;
        if (state.slots().size() != expected) {
            throw new IllegalArgumentException("optimizer state has " + state.slots().size() + " arrays, expected " + expected
                    + " (" + String.join(", ", kinds) + " for each of " + bound.size() + " parameters)");
        }
        for (int p = 0; p < bound.size(); p++) {
            for (int k = 0; k < kinds.length; k++) {
                String key = bound.get(p).name() + "." + kinds[k];
                float[] saved = state.slots().get(key);
                if (saved == null) throw new IllegalArgumentException("optimizer state has no array " + key);
                if (saved.length != arrays[k][p].length) {
                    throw new IllegalArgumentException("optimizer state " + key + " has " + saved.length + " values, the parameter has " + arrays[k][p].length);
                }
                System.arraycopy(saved, 0, arrays[k][p], 0, saved.length);
            }
        }
        steps = state.steps();
    }

    private static List<String> names(List<Parameter> parameters) {
        List<String> out = new ArrayList<>();
        for (Parameter p : parameters) out.add(p.name());
        return out;
    }
}
