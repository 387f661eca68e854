package ai.refinery.core.extension;

import ai.refinery.core.run.RunReport;
import ai.refinery.core.tap.RecordTap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One extension's part in one run. Every method has a default so a session implements only what it needs. */
public interface RunSession {
    /** Taps on the decoded input records. */
    default List<RecordTap<?>> inputTaps() { return List.of(); }

    /** Taps on the records the run writes. */
    default List<RecordTap<?>> outputTaps() { return List.of(); }

    /** True when {@link #refusal()} may refuse: the output is then staged until it is asked. */
    default boolean gatesOutput() { return false; }

    /** Asked when the output is complete and before it is published: null to publish, else why not. */
    default String refusal() { return null; }

    /**
     * Top-level sections this session adds to {@code run.json} (by name), asked once the pipeline
     * is over (and its output published or not).
     */
    default Map<String, Map<String, Object>> runSections(RunReport pipeline) { return Map.of(); }

    /**
     * The run is over and {@code run.json} is written (whether it succeeded or not).
     *
     * @param refineryDir the run's {@code <output>/_refinery/} directory
     */
    default void finished(RunReport report, Path refineryDir) throws IOException {}
}
