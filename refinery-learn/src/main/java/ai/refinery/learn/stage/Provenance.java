package ai.refinery.learn.stage;

import ai.refinery.core.run.RunReport;
import ai.refinery.core.stage.StageContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a model came from, after Tribuo: the input files with their SHA-256, the recipe (hash,
 * fingerprint, overrides), each pipeline step with its settings and seed, the record counts, and
 * the trainer and optimizer settings — enough to reproduce the model or tell two apart.
 */
final class Provenance {
    private Provenance() {}

    static Map<String, Object> of(StageContext context, Map<String, Object> trainer, Map<String, Object> optimizer) {
        RunReport run = context.report();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("created_at", Instant.now().toString());
        p.put("refinery_version", version());
        p.put("run_id", run.runId());
        Map<String, Object> recipe = new LinkedHashMap<>();
        recipe.put("name", run.recipe().name());
        recipe.put("path", run.recipe().path());
        recipe.put("sha256", run.recipe().sha256());
        recipe.put("fingerprint", run.recipe().fingerprint());
        recipe.put("seed", run.recipe().seed());
        recipe.put("overrides", run.recipe().overrides());
        p.put("recipe", recipe);
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (RunReport.InputInfo in : run.inputs()) {
            inputs.add(Map.of("path", in.path(), "format", in.format(), "sha256", in.sha256(), "records", in.records()));
        }
        p.put("inputs", inputs);
        List<Map<String, Object>> steps = new ArrayList<>();
        for (RunReport.StepInfo s : run.pipeline()) {
            steps.add(Map.of("name", s.name(), "op", s.op(), "seed", s.seed(), "config", s.config()));
        }
        p.put("pipeline", steps);
        p.put("records", Map.of("in", run.records().in(), "out", run.records().out(),
                "dropped", run.records().droppedTotal(), "quarantined", run.records().quarantined()));
        p.put("trainer", trainer);
        p.put("optimizer", optimizer);
        return p;
    }

    private static String version() {
        String v = Provenance.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
