package ai.refinery.core.run;

import java.util.Map;

/** The counters of one step as reported in {@code run.json}. */
public record OperatorSummary(String name, String op, String kind, long in, long out, long droppedTotal,
                              Map<String, Long> dropped, long errors, long generated, double seconds) {
}
