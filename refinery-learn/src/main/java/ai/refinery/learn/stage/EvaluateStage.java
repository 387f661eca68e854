package ai.refinery.learn.stage;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.Setting;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.stage.StageContext;
import ai.refinery.core.stage.StageProvider;
import ai.refinery.learn.metrics.ClassificationReport;
import ai.refinery.learn.model.ModelFile;
import ai.refinery.learn.model.TrainedModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code evaluate} stage: refines held-out data with the recipe's own pipeline, scores the
 * trained model on it (accuracy, macro F1, per class, confusion matrix) and records the scores in
 * {@code run.json} and in the model file's metrics.
 */
public final class EvaluateStage implements StageProvider {
    /** A recipe's {@code evaluate} section. */
    public record Section(
            @Setting("Held-out data, as an input section (path or dataset); the recipe's pipeline refines it first.") ConfigNode input,
            @Setting(value = "Model file to evaluate; absent: the one the train stage wrote.", optional = true) String model,
            @Setting(value = "k of the top-k accuracy.", defaultValue = "5") int topK) {
        public Section {
            if (!input.isMap()) throw new IllegalArgumentException("input must be a mapping with a path or a dataset");
            if (topK < 1) throw new IllegalArgumentException("top_k must be >= 1, got " + topK);
        }
    }

    @Override public String name() { return "evaluate"; }
    @Override public int order() { return 30; }

    @Override
    public void validate(ConfigNode section, Recipe recipe) {
        Section s = ConfigBinder.bind(section, Section.class, "evaluate");
        if (s.model() == null && !recipe.stages().containsKey("train")) {
            throw new ConfigException(section.mark(), "evaluate needs a model: add a train section or set evaluate.model");
        }
    }

    @Override
    public Map<String, Object> run(ConfigNode node, StageContext context) throws Exception {
        Section section = ConfigBinder.bind(node, Section.class, "evaluate");
        Path modelFile = section.model() != null
                ? context.recipe().file().getParent().resolve(section.model()).normalize()
                : Path.of((String) context.earlierStages().get("train").get("model"));
        TrainedModel model = ModelFile.read(modelFile);
        ModelEvaluation evaluation = new ModelEvaluation(model);
        RunReport refined = context.refine(section.input(), name(), evaluation);
        ClassificationReport report = evaluation.report(section.topK());

        Map<String, Object> metrics = new LinkedHashMap<>(model.metrics());
        metrics.put("test_accuracy", report.accuracy());
        metrics.put("test_macro_f1", report.macroF1());
        metrics.put("test_examples", report.samples());
        ModelFile.write(modelFile, new TrainedModel(model.spec(), model.newNetwork(), model.features(), model.provenance(), metrics));

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", modelFile.toString());
        out.put("input_records", refined.records().in());
        out.put("examples", report.samples());
        out.putAll(report.toMap());
        return out;
    }
}
