package ai.refinery.core.exec;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.stage.StageContext;
import ai.refinery.core.stage.StageProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** An "evaluate" stage for tests: counts the output, and refines another input when given one. */
public final class TestEvaluateStage implements StageProvider {
    @Override public String name() { return "evaluate"; }
    @Override public int order() { return 30; }

    @Override
    public void validate(ConfigNode section, Recipe recipe) {
        if (!section.isMap()) throw new ConfigException(section.mark(), "evaluate needs a mapping");
        if (section.get("fail") != null && !section.get("fail").isScalar()) throw new ConfigException(section.mark(), "fail is a message");
    }

    @Override
    public Map<String, Object> run(ConfigNode section, StageContext context) throws Exception {
        if (section.get("fail") != null) throw new IllegalStateException(section.get("fail").asString());
        AtomicLong out = new AtomicLong();
        context.readOutput(r -> out.incrementAndGet());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("records", out.get());
        if (section.get("input") != null) {
            AtomicLong refined = new AtomicLong();
            RunReport sub = context.refine(section.get("input"), "evaluate", r -> refined.incrementAndGet());
            result.put("refined_in", sub.records().in());
            result.put("refined_out", refined.get());
        }
        result.put("work_dir", context.workDir("evaluate").toString());
        return result;
    }
}
