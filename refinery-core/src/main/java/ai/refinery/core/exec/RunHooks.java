package ai.refinery.core.exec;

import ai.refinery.core.tap.RecordTap;
import java.util.List;
import java.util.function.Supplier;

/**
 * What modules ask of an executor for one run: taps on the decoded input and on the records about
 * to be written, and a gate that may refuse to publish the output. When the gate may refuse, the
 * executor writes shards to {@code _refinery/staging/} and moves them into the output directory
 * only after {@link #refusal()} returned null.
 *
 * @param inputTaps  see every record decoded from the input, before the first step
 * @param outputTaps see every record the run writes
 * @param gated      whether the output must be staged until the gate is asked
 * @param gate       asked once the output is complete: null to publish, else why not
 */
public record RunHooks(List<RecordTap<?>> inputTaps, List<RecordTap<?>> outputTaps, boolean gated, Supplier<String> gate) {
    public static final RunHooks NONE = new RunHooks(List.of(), List.of(), false, () -> null);

    public RunHooks {
        inputTaps = List.copyOf(inputTaps);
        outputTaps = List.copyOf(outputTaps);
        if (gate == null) gate = () -> null;
    }

    /** True when some tap must see every record, so a resumed run replays the shards it keeps. */
    public boolean observes() {
        return !inputTaps.isEmpty() || !outputTaps.isEmpty();
    }

    /** Null when the output may be published, else the reason it may not. */
    public String refusal() {
        return gate.get();
    }
}
