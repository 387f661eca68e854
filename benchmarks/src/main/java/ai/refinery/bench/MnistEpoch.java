package ai.refinery.bench;

import ai.refinery.core.config.ConfigNode;
import ai.refinery.core.config.Mark;
import ai.refinery.core.exec.InputRecords;
import ai.refinery.core.recipe.InputSpec;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.learn.model.FeatureSpec;
import ai.refinery.learn.model.RecordFeatures;
import ai.refinery.learn.nn.Activation;
import ai.refinery.learn.nn.Mlp;
import ai.refinery.learn.nn.MlpSpec;
import ai.refinery.learn.nn.Sequential;
import ai.refinery.learn.optim.Sgd;
import ai.refinery.learn.optim.SgdConfig;
import ai.refinery.learn.tensor.Gemms;
import ai.refinery.learn.train.Dataset;
import ai.refinery.learn.train.Trainer;
import ai.refinery.learn.train.TrainerConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One epoch of the reference network (784-500-10, ReLU, softmax cross-entropy, SGD lr 0.1,
 * batch 64) on the 60,000 MNIST training images; prints the median seconds of several epochs after
 * one warm-up epoch. The PyTorch side is benchmarks/mnist_epoch_torch.py; run both with
 * benchmarks/mnist-epoch-vs-pytorch.sh.
 */
public final class MnistEpoch {
    private MnistEpoch() {}

    public static void main(String[] args) throws Exception {
        int epochs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Mark mark = Mark.of("benchmark");
        ConfigNode input = ConfigNode.map(Map.of("dataset", ConfigNode.scalar("mnist", mark),
                "options", ConfigNode.map(Map.of("split", ConfigNode.scalar("train", mark)), Map.of(), mark)), Map.of(), mark);
        InputSpec spec = RecipeLoader.withDefaults().input(input, Path.of("").toAbsolutePath());
        int n = 60_000;
        int width = 784;
        float[] features = new float[n * width];
        int[] labels = new int[n];
        FeatureSpec fs = FeatureSpec.bytes("image", FeatureSpec.BYTE_SCALE, "label", 10);
        int[] count = {0};
        InputRecords.forEach(spec, r -> {
            RecordFeatures.encode(fs, width, r, features, count[0] * width);
            labels[count[0]++] = (int) (long) r.getLong("label");
        });
        Dataset data = new Dataset(features, width, labels, 10);
        MlpSpec model = new MlpSpec(width, List.of(500), Activation.RELU, 0, 10, null);
        Sequential net = Mlp.build(model, 42);
        Trainer trainer = new Trainer(TrainerConfig.of(1, 64, 42), new Sgd(new SgdConfig(0.1, 0, false, 0)));
        trainer.fit(net, data, null); // warm-up: JIT and first-touch of buffers
        double[] seconds = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            long t0 = System.nanoTime();
            trainer.fit(net, data, null);
            seconds[e] = (System.nanoTime() - t0) / 1e9;
            System.out.printf("refinery epoch %d: %.3f s%n", e + 1, seconds[e]);
        }
        Arrays.sort(seconds);
        System.out.printf("refinery median epoch: %.3f s (kernel %s)%n", seconds[epochs / 2], Gemms.best().name());
    }
}
