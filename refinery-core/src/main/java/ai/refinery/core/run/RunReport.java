package ai.refinery.core.run;

import java.util.List;
import java.util.Map;

/**
 * What {@code <output>/_refinery/run.json} says about one run: enough to audit it (counts by
 * reason, input hashes) and to reproduce it (recipe hash, overrides, seeds).
 */
public record RunReport(
        String runId,
        Status status,
        RecipeInfo recipe,
        ExecutorInfo executor,
        String startedAt,
        String finishedAt,
        double seconds,
        boolean resumed,
        Records records,
        List<StepInfo> pipeline,
        List<OperatorSummary> operators,
        List<InputInfo> inputs,
        List<OutputInfo> outputs,
        QuarantineInfo quarantine,
        String failure,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Map<String, Object>> stages) {
    /** What a stage adds: written as a top-level section of run.json under its name (see RunReportJson). */
    public RunReport {
        stages = stages == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
    }

    /** This report with the stages' sections, and failed with {@code failure} when it is not null. */
    public RunReport withStages(Map<String, Map<String, Object>> sections, String stageFailure, String finishedAt, double totalSeconds) {
        return new RunReport(runId, stageFailure == null ? status : Status.FAILED, recipe, executor, startedAt, finishedAt,
                totalSeconds, resumed, records, pipeline, operators, inputs, outputs, quarantine,
                stageFailure == null ? failure : stageFailure, sections);
    }

    /** This report with another status, failure and output list (a gate refused to publish the output). */
    public RunReport withOutcome(Status newStatus, String newFailure, List<OutputInfo> newOutputs) {
        return new RunReport(runId, newStatus, recipe, executor, startedAt, finishedAt, seconds, resumed, records, pipeline,
                operators, inputs, newOutputs, quarantine, newFailure, stages);
    }

    /** This report with more top-level sections (added after the stages' own). */
    public RunReport withSections(Map<String, Map<String, Object>> more) {
        Map<String, Map<String, Object>> all = new java.util.LinkedHashMap<>(stages);
        all.putAll(more);
        return new RunReport(runId, status, recipe, executor, startedAt, finishedAt, seconds, resumed, records, pipeline,
                operators, inputs, outputs, quarantine, failure, all);
    }

    public enum Status {
        SUCCEEDED, FAILED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public record RecipeInfo(String name, String path, String sha256, String fingerprint, long seed, List<String> overrides) {}

    public record ExecutorInfo(String type, int threads, int batchSize) {}

    /** A pipeline step as it ran: its name, operator, seed and every setting (defaults included). */
    public record StepInfo(String name, String op, long seed, Map<String, Object> config) {}

    /**
     * The record accounting: {@code in + generated = out + dropped_total + quarantined} must hold
     * ({@code generated} counts the extra records flat-mappers emit); {@code balanced} says it does.
     */
    public record Records(long in, long generated, long out, long droppedTotal, Map<String, Map<String, Long>> dropped,
                          long quarantined, Map<String, Long> quarantinedBy, boolean balanced) {}

    public record InputInfo(String path, String format, long bytes, String sha256, long records) {}

    public record OutputInfo(String path, long records, long bytes) {}

    public record QuarantineInfo(String path, long records, double fraction, double maxFraction) {}

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }
}
