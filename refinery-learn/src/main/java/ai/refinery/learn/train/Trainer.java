package ai.refinery.learn.train;

import ai.refinery.learn.metrics.ClassificationMetrics;
import ai.refinery.learn.nn.Loss;
import ai.refinery.learn.nn.Parameter;
import ai.refinery.learn.nn.Sequential;
import ai.refinery.learn.nn.SplitMix64;
import ai.refinery.learn.optim.GradientClipping;
import ai.refinery.learn.optim.LearningRateSchedule;
import ai.refinery.learn.optim.Optimizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Mini-batch training of a classifier: each epoch visits the training set in a seeded random order,
 * in batches of {@code batch_size} (the last one smaller); per batch, forward, loss, backward,
 * optional clipping, one optimizer step at the scheduled rate. After each epoch: validation, early
 * stopping, a checkpoint, and the listener.
 *
 * <p>Deterministic: a config, an initial model and an optimizer give bit-identical weights on every
 * run with the same {@link ai.refinery.learn.tensor.Gemm} (the kernels are deterministic for a
 * given thread count), and {@link #resume} after any completed epoch gives the same weights as an
 * uninterrupted run. A NaN or infinite loss, gradient or weight stops training with a
 * {@link TrainingDivergedException} naming the epoch and batch; the last checkpoint is kept.
 *
 * <p>A trainer runs one training at a time; it allocates its batch buffers once per run.
 */
public final class Trainer {
    private static final long SPLIT_STREAM = 1;
    private static final long SHUFFLE_STREAM = 2;

    private final TrainerConfig config;
    private final Optimizer optimizer;
    private final TrainingListener listener;

    public Trainer(TrainerConfig config, Optimizer optimizer) {
        this(config, optimizer, TrainingListener.NONE);
    }

    public Trainer(TrainerConfig config, Optimizer optimizer, TrainingListener listener) {
        this.config = config;
        this.optimizer = optimizer;
        this.listener = listener == null ? TrainingListener.NONE : listener;
    }

    /**
     * Trains {@code model} from its current weights. With {@code validation} null and a
     * {@code validation_fraction}, holds out a seeded share of {@code train}; with neither, no
     * validation (and no early stopping). A checkpoint directory's old checkpoint is replaced after the first epoch.
     */
    public TrainingResult fit(Sequential model, Dataset train, Dataset validation) {
        return run(model, train, validation, false);
    }

    /**
     * Continues the run whose checkpoint is in the config's {@code checkpoint_dir}, given the same
     * config, data and an optimizer and model of the same kinds and shapes (their weights and state
     * are replaced by the checkpoint's). A checkpoint of a different run is refused.
     */
    public TrainingResult resume(Sequential model, Dataset train, Dataset validation) {
        if (config.checkpointDir() == null) throw new IllegalStateException("resume needs a checkpoint_dir in the trainer config");
        return run(model, train, validation, true);
    }

    private TrainingResult run(Sequential model, Dataset train, Dataset validation, boolean resume) {
        checkShapes(model, train, "training");
        if (validation != null && config.validationFraction() > 0) {
            throw new IllegalArgumentException("both a validation set and validation_fraction " + config.validationFraction()
                    + " were given; use one");
        }
        if (validation == null && config.validationFraction() > 0) {
            Dataset.Split split = train.split(config.validationFraction(), SplitMix64.derive(config.seed(), SPLIT_STREAM));
            train = split.train();
            validation = split.validation();
        }
        if (validation != null) checkShapes(model, validation, "validation");
        if (config.patience() > 0 && validation == null) {
            throw new IllegalArgumentException("early stopping (patience " + config.patience()
                    + ") needs a validation set: set validation_fraction or pass one");
        }
        Path checkpoint = config.checkpointDir() == null ? null : Checkpoint.file(Path.of(config.checkpointDir()));
        String fingerprint = fingerprint(model, train, validation);
        EarlyStopping early = new EarlyStopping(config.monitor(), config.patience());
        List<EpochResult> history = new ArrayList<>();
        int firstEpoch = 0;
        boolean stopped = false;
        if (resume) {
            Checkpoint saved = Checkpoint.read(checkpoint.getParent());
            if (!saved.fingerprint().equals(fingerprint)) {
                throw new IllegalStateException("the checkpoint " + checkpoint + " belongs to a different run; it was written by\n  "
                        + saved.fingerprint() + "\nand this run is\n  " + fingerprint);
            }
            model.load(saved.parameters());
            model.restoreRandomStates(saved.randomStates());
            optimizer.restore(saved.optimizer());
            early.restore(saved.bestMetric(), saved.bestEpoch(), saved.epochsWithoutImprovement());
            history.addAll(saved.history());
            firstEpoch = saved.epochsCompleted();
            stopped = saved.stopped();
        }
        TrainingLoop loop = new TrainingLoop(model, train, validation, checkpoint);
        if (resume) loop.checkpointedEpochs = firstEpoch;
        for (int epoch = firstEpoch; epoch < config.epochs() && !stopped; epoch++) {
            EpochResult result = loop.run(epoch);
            history.add(result);
            stopped = early.update(result);
            if (checkpoint != null) {
                try {
                    CheckpointFile.write(checkpoint, fingerprint, epoch + 1, stopped, history, early, model.randomStates(),
                            model.parameters(), optimizer.state());
                    loop.checkpointedEpochs = epoch + 1;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write checkpoint " + checkpoint + ": " + e.getMessage(), e);
                }
            }
            listener.onEpochEnd(result);
        }
        return new TrainingResult(history, stopped, early.bestEpoch());
    }

    private static void checkShapes(Sequential model, Dataset data, String what) {
        if (data.cols() != model.inputSize()) {
            throw new IllegalArgumentException("the " + what + " set has " + data.cols() + " features per row but the model takes " + model.inputSize());
        }
        if (data.classes() != model.outputSize()) {
            throw new IllegalArgumentException("the " + what + " set has " + data.classes() + " classes but the model has " + model.outputSize() + " outputs");
        }
        if (data.size() == 0) throw new IllegalArgumentException("the " + what + " set is empty");
    }

    /** What must match for a checkpoint to continue this run (the checkpoint directory may move). */
    private String fingerprint(Sequential model, Dataset train, Dataset validation) {
        StringBuilder sb = new StringBuilder();
        sb.append(config.withCheckpointDir(null)).append("; ").append(optimizer.describe()).append("; model");
        for (Parameter p : model.parameters()) sb.append(' ').append(p.name()).append(Arrays.toString(p.shape()));
        sb.append(", ").append(model.randomStates().length).append(" random layers; train ").append(describe(train));
        sb.append("; validation ").append(validation == null ? "none" : describe(validation));
        return sb.toString();
    }

    private static String describe(Dataset d) {
        long h = 1;
        for (int i = 0; i < d.size(); i++) h = 31 * h + d.label(i);
        return d.size() + " rows, labels hash " + Long.toHexString(h);
    }

    /** One run's buffers and the work of one epoch. */
    private final class TrainingLoop {
        private final Sequential model;
        private final Dataset train;
        private final Dataset validation;
        private final Path checkpoint;
        private final List<Parameter> parameters;
        private final Loss loss = config.loss().create();
        private final LearningRateSchedule schedule = config.schedule().build(optimizer.learningRate(), config.epochs());
        private final int classes;
        private final int batches;
        private final int[] order;
        private final float[] features;
        private final int[] labels;
        private final float[] outputGradient;
        private final Evaluation evaluation;
        /** Epochs in the checkpoint this run wrote or resumed from; 0 when it has none. */
        int checkpointedEpochs;

        TrainingLoop(Sequential model, Dataset train, Dataset validation, Path checkpoint) {
            this.model = model;
            this.train = train;
            this.validation = validation;
            this.checkpoint = checkpoint;
            this.parameters = model.parameters();
            this.classes = model.outputSize();
            int batch = Math.min(config.batchSize(), train.size());
            this.batches = (train.size() + batch - 1) / batch;
            this.order = new int[train.size()];
            this.features = new float[batch * train.cols()];
            this.labels = new int[batch];
            this.outputGradient = new float[batch * classes];
            this.evaluation = validation == null ? null : new Evaluation(batch, train.cols());
        }

        EpochResult run(int epoch) {
            long started = System.nanoTime();
            listener.onEpochStart(epoch + 1, config.epochs(), batches);
            // each epoch's order depends only on (seed, epoch), so a resumed run sees the same orders
            Shuffle.permute(order, new SplitMix64(SplitMix64.derive(SplitMix64.derive(config.seed(), SHUFFLE_STREAM), epoch)));
            int batch = labels.length;
            int cols = train.cols();
            double lossSum = 0;
            long correct = 0;
            int seen = 0;
            double rate = Double.NaN;
            for (int b = 0; b < batches; b++) {
                int start = b * batch;
                int rows = Math.min(batch, train.size() - start);
                for (int i = 0; i < rows; i++) {
                    train.copyFeatures(order[start + i], features, i * cols);
                    labels[i] = train.label(order[start + i]);
                }
                rate = schedule.rate(epoch + (double) b / batches);
                float[] out = model.forward(features, 0, rows, true);
                double batchLoss = loss.evaluate(out, labels, rows, classes, outputGradient);
                if (!Double.isFinite(batchLoss)) throw diverged(epoch, b, "the loss is " + batchLoss, rate);
                for (int i = 0; i < rows; i++) {
                    if (ClassificationMetrics.argmax(out, i * classes, classes) == labels[i]) correct++;
                }
                model.backward(outputGradient, rows);
                double norm = config.clipNorm() > 0 ? GradientClipping.clip(parameters, config.clipNorm())
                        : GradientClipping.globalNorm(parameters);
                if (!Double.isFinite(norm)) throw diverged(epoch, b, "the gradients are not finite (global norm " + norm + ")", rate);
                optimizer.step(parameters, rate);
                lossSum += batchLoss * rows;
                seen += rows;
                if (listener != TrainingListener.NONE) {
                    double elapsed = Math.max((System.nanoTime() - started) / 1e9, 1e-9);
                    listener.onBatchEnd(new BatchProgress(epoch + 1, config.epochs(), b + 1, batches, batchLoss, lossSum / seen,
                            (double) correct / seen, seen / elapsed, rate));
                }
            }
            String bad = firstNonFinite(parameters);
            if (bad != null) throw diverged(epoch, batches - 1, "parameter " + bad + " is not finite after the last step", rate);
            double validationLoss = Double.NaN;
            double validationAccuracy = Double.NaN;
            if (validation != null) {
                double[] v = evaluation.run(model, loss, validation);
                validationLoss = v[0];
                validationAccuracy = v[1];
            }
            return new EpochResult(epoch + 1, lossSum / seen, (double) correct / seen, validationLoss, validationAccuracy, rate,
                    (System.nanoTime() - started) / 1e9);
        }

        private TrainingDivergedException diverged(int epoch, int batch, String what, double rate) {
            String kept;
            if (checkpoint == null) kept = "";
            else if (checkpointedEpochs > 0) kept = " The last good checkpoint, after epoch " + checkpointedEpochs + ", is kept: " + checkpoint + ".";
            else kept = " No checkpoint had been written yet.";
            return new TrainingDivergedException("training diverged in epoch " + (epoch + 1) + ", batch " + (batch + 1) + " of " + batches
                    + ": " + what + " (learning rate " + rate + "). Lower the learning rate or set clip_norm." + kept, epoch + 1, batch + 1);
        }
    }

    private static String firstNonFinite(List<Parameter> parameters) {
        for (Parameter p : parameters) {
            for (float v : p.value().data()) {
                if (!Float.isFinite(v)) return p.name();
            }
        }
        return null;
    }
}
