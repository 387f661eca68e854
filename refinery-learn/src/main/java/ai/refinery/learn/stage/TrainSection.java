package ai.refinery.learn.stage;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.Suggestions;
import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.Setting;
import ai.refinery.learn.optim.OptimizerSpec;
import ai.refinery.learn.train.TrainerConfig;
import java.util.HashSet;
import java.util.Set;

/**
 * A recipe's {@code train} section: what to learn from (features and label fields), the model,
 * the optimizer and where the model file goes; the trainer's own settings ({@code epochs},
 * {@code batch_size}, {@code validation_fraction}, ...) sit beside them and bind to
 * {@link TrainerConfig}.
 */
public record TrainSection(
        @Setting("Field with each example's features: a float vector, bytes (uint8) or a list of numbers.") String features,
        @Setting("Field with each example's class, 0 .. classes-1.") String label,
        @Setting(value = "Multiply features by this; absent: 1/255 for bytes (pixels to [0, 1]), else 1.", optional = true) Double scale,
        @Setting(value = "Number of classes; absent: the largest label + 1.", optional = true) Integer classes,
        @Setting(value = "Hidden layers, activation, dropout, init.", optional = true) ModelSection model,
        @Setting(value = "sgd, adam or adamw with their settings.", optional = true) OptimizerSpec optimizer,
        @Setting(value = "Model file to write, relative to the output directory.", defaultValue = "model.rfnmodel") String modelPath) {

    public TrainSection {
        if (features.isBlank() || label.isBlank()) throw new IllegalArgumentException("features and label must name fields");
        if (features.equals(label)) throw new IllegalArgumentException("features and label must be different fields");
        if (classes != null && classes < 2) throw new IllegalArgumentException("classes must be >= 2, got " + classes);
        if (scale != null && !(Double.isFinite(scale) && scale != 0)) throw new IllegalArgumentException("scale must be a finite non-zero number");
        if (model == null) model = new ModelSection(null, ai.refinery.learn.nn.Activation.RELU, 0, null);
        if (optimizer == null) optimizer = ConfigBinder.bind(null, OptimizerSpec.class, "optimizer");
    }

    /** The section and the trainer settings beside it; {@code seed} defaults to the recipe's. */
    record Bound(TrainSection section, TrainerConfig trainer) {}

    static Bound bind(ConfigNode node, long recipeSeed) {
        Set<String> own = keysOf(TrainSection.class);
        Set<String> trainerKeys = keysOf(TrainerConfig.class);
        Set<String> all = new java.util.TreeSet<>(own);
        all.addAll(trainerKeys);
        for (String key : node.entries().keySet()) {
            if (!all.contains(key)) { // checked here so the suggestion covers both halves of the section
                throw new ConfigException(node.keyMark(key), "unknown setting '" + key + "' for train"
                        + Suggestions.didYouMean(key, all) + "; known settings: " + String.join(", ", all));
            }
        }
        TrainSection section = ConfigBinder.bind(node, TrainSection.class, "train", trainerKeys);
        TrainerConfig trainer = ConfigBinder.bind(node, TrainerConfig.class, "train", own);
        if (node.get("seed") == null) {
            trainer = new TrainerConfig(trainer.epochs(), trainer.batchSize(), recipeSeed, trainer.validationFraction(), trainer.patience(),
                    trainer.monitor(), trainer.clipNorm(), trainer.loss(), trainer.schedule(), trainer.checkpointDir());
        }
        return new Bound(section, trainer);
    }

    private static Set<String> keysOf(Class<? extends java.lang.Record> type) {
        Set<String> keys = new HashSet<>();
        for (var c : type.getRecordComponents()) keys.add(ConfigBinder.keyOf(c.getName()));
        return keys;
    }
}
