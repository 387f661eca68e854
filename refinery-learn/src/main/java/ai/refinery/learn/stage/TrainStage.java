package ai.refinery.learn.stage;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.recipe.Recipe;
import ai.refinery.core.stage.StageContext;
import ai.refinery.core.stage.StageProvider;
import ai.refinery.learn.model.ModelFile;
import ai.refinery.learn.model.TrainedModel;
import ai.refinery.learn.nn.Mlp;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.Sequential;
import ai.refinery.learn.train.Checkpoint;
import ai.refinery.learn.train.Dataset;
import ai.refinery.learn.train.EpochResult;
import ai.refinery.learn.train.Trainer;
import ai.refinery.learn.train.TrainerConfig;
import ai.refinery.learn.train.TrainingResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code train} stage: learns a classifier from the records the pipeline wrote and saves it
 * as a model file with its provenance (input hashes, recipe, operators, trainer settings).
 */
public final class TrainStage implements StageProvider {

    @Override public String name() { return "train"; }
    @Override public int order() { return 20; }

    @Override
    public void validate(ConfigNode section, Recipe recipe) {
        if (!section.isMap()) throw new ConfigException(section.mark(), "train needs a mapping with features, label, model, ...");
        TrainSection.bind(section, recipe.seed());
    }

    @Override
    public Map<String, Object> run(ConfigNode node, StageContext context) throws Exception {
        TrainSection.Bound bound = TrainSection.bind(node, context.recipe().seed());
        TrainSection section = bound.section();
        Path workDir = context.workDir(name());
        TrainerConfig trainer = bound.trainer();
        if (trainer.checkpointDir() == null) trainer = trainer.withCheckpointDir(workDir.resolve("checkpoints").toString());

        Examples examples = new Examples(section.features(), section.label(), section.scale());
        context.readOutput(examples);
        int classes = section.classes() != null ? section.classes() : Math.max(2, examples.maxLabel() + 1);
        Dataset data = examples.dataset(classes);
        MlpSpec spec = section.model().spec(examples.width(), classes);
        Sequential network = Mlp.build(spec, trainer.seed());

        long t0 = System.nanoTime();
        Trainer fitter = new Trainer(trainer, section.optimizer().create(), new StageProgress(context.listener(), name()));
        boolean resumed = context.resuming() && java.nio.file.Files.exists(Checkpoint.file(Path.of(trainer.checkpointDir())));
        TrainingResult result = resumed ? fitter.resume(network, data, null) : fitter.fit(network, data, null);
        double seconds = (System.nanoTime() - t0) / 1e9;

        EpochResult last = result.last();
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("train_loss", last.trainLoss());
        metrics.put("train_accuracy", last.trainAccuracy());
        if (last.hasValidation()) {
            metrics.put("validation_loss", last.validationLoss());
            metrics.put("validation_accuracy", last.validationAccuracy());
        }
        Path modelFile = context.recipe().output().dir().resolve(section.modelPath()).normalize();
        TrainedModel model = new TrainedModel(spec, network, examples.featureSpec(classes),
                Provenance.of(context, ConfigBinder.values(trainer), ConfigBinder.values(section.optimizer())), metrics);
        ModelFile.write(modelFile, model);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("model", modelFile.toString());
        out.put("examples", data.size());
        out.put("features", examples.width());
        out.put("classes", classes);
        out.put("layers", spec.hidden());
        out.put("parameters", network.parameterCount());
        out.put("optimizer", ConfigBinder.values(section.optimizer()));
        out.put("epochs", result.epochsRun());
        out.put("resumed_from_checkpoint", resumed);
        out.put("batch_size", trainer.batchSize());
        out.put("stopped_early", result.stoppedEarly());
        out.put("final_loss", last.trainLoss());
        out.put("final_accuracy", last.trainAccuracy());
        if (last.hasValidation()) {
            out.put("validation_loss", last.validationLoss());
            out.put("validation_accuracy", last.validationAccuracy());
        }
        out.put("seconds", seconds);
        out.put("samples_per_second", result.epochsRun() * (double) data.size() / seconds);
        out.put("history", history(result));
        return out;
    }

    private static List<Map<String, Object>> history(TrainingResult result) {
        List<Map<String, Object>> h = new ArrayList<>();
        for (EpochResult e : result.history()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("epoch", e.epoch());
            m.put("loss", e.trainLoss());
            m.put("accuracy", e.trainAccuracy());
            if (e.hasValidation()) {
                m.put("validation_loss", e.validationLoss());
                m.put("validation_accuracy", e.validationAccuracy());
            }
            m.put("learning_rate", e.learningRate());
            m.put("seconds", e.seconds());
            h.add(m);
        }
        return h;
    }
}
