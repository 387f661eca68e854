package ai.refinery.learn.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.refinery.core.config.ConfigBinder;
import ai.refinery.core.config.YamlConfigReader;
import ai.refinery.learn.tensor.Tensor;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MlpTest {
    private static final long SEED = TestSeeds.seed();

    @Test
    void buildsDenseActivationDropoutPerHiddenLayerAndNamesParametersInOrder() {
        Sequential model = Mlp.build(MlpSpec.of(784, 10, 500, 100).withDropout(0.2), SEED);
        assertThat(model.toString()).isEqualTo("Sequential[dense_0, relu_1, dropout_2, dense_3, relu_4, dropout_5, dense_6]");
        assertThat(model.parameters()).extracting(Parameter::name)
                .containsExactly("dense_0.weight", "dense_0.bias", "dense_3.weight", "dense_3.bias", "dense_6.weight", "dense_6.bias");
        assertThat(model.parameters().get(0).shape()).containsExactly(784, 500);
        assertThat(model.parameters().get(5).shape()).containsExactly(10);
        assertThat(model.parameterCount()).isEqualTo(784L * 500 + 500 + 500 * 100 + 100 + 100 * 10 + 10);
        assertThat(model.randomStates()).hasSize(2);
        assertThat(model.summary()).contains("dense_0 784→500 (392500 parameters)").endsWith("total 443610 parameters");
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndAnotherSeedOthers() {
        MlpSpec spec = MlpSpec.of(20, 3, 8);
        Sequential a = Mlp.build(spec, SEED);
        Sequential b = Mlp.build(spec, SEED);
        Sequential c = Mlp.build(spec, SEED + 1);
        for (int i = 0; i < a.parameters().size(); i++) {
            assertThat(a.parameters().get(i).value().data()).as("seed=%d", SEED).containsExactly(b.parameters().get(i).value().data());
        }
        assertThat(a.parameters().get(0).value().data()).isNotEqualTo(c.parameters().get(0).value().data());
    }

    @Test
    void initializationsHaveTheirPapersScalesAndZeroBias() {
        int in = 400;
        int out = 300;
        SplitMix64 random = new SplitMix64(SEED);
        float[] w = new float[in * out];

        WeightInit.HE_NORMAL.fill(w, in, out, random);
        assertThat(std(w)).as("He normal std √(2/fanIn), seed=%d", SEED).isCloseTo(Math.sqrt(2.0 / in), within(0.002));
        assertThat(mean(w)).as("seed=%d", SEED).isCloseTo(0, within(0.001));

        WeightInit.HE_UNIFORM.fill(w, in, out, random);
        assertThat(maxAbs(w)).isLessThanOrEqualTo((float) Math.sqrt(6.0 / in)).isGreaterThan((float) (0.99 * Math.sqrt(6.0 / in)));
        assertThat(std(w)).as("seed=%d", SEED).isCloseTo(Math.sqrt(2.0 / in), within(0.002));

        WeightInit.XAVIER_UNIFORM.fill(w, in, out, random);
        double limit = Math.sqrt(6.0 / (in + out));
        assertThat(maxAbs(w)).isLessThanOrEqualTo((float) limit).isGreaterThan((float) (0.99 * limit));
        assertThat(std(w)).as("Glorot variance 2/(fanIn+fanOut), seed=%d", SEED).isCloseTo(Math.sqrt(2.0 / (in + out)), within(0.002));

        Sequential model = Mlp.build(MlpSpec.of(5, 2, 4), SEED);
        for (Parameter p : model.parameters()) {
            if (p.name().endsWith("bias")) assertThat(p.value().data()).containsOnly(0f);
        }
    }

    @Test
    void wholeModelGradientMatchesFiniteDifferences() {
        SplitMix64 random = new SplitMix64(SEED);
        Sequential model = Mlp.build(MlpSpec.of(4, 3, 5).withActivation(Activation.TANH), SEED);
        for (Parameter p : model.parameters()) { // non-zero biases, so their gradients are exercised
            if (p.name().endsWith("bias")) System.arraycopy(GradientCheck.uniform(random, p.size(), -0.5, 0.5), 0, p.value().data(), 0, p.size());
        }
        int rows = 6;
        float[] x = GradientCheck.uniform(random, rows * 4, -1, 1);
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) labels[i] = random.nextInt(3);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        float[] dOut = new float[rows * 3];
        loss.evaluate(model.forward(x, 0, rows, true), labels, rows, 3, dOut);
        model.backward(dOut, rows);

        GradientCheck check = new GradientCheck(1e-2, 5e-3, 1e-5, SEED);
        for (Parameter p : model.parameters()) {
            float[] analytic = p.gradient().data().clone();
            check.check(p.name(), p.value().data(), analytic, p.size(),
                    () -> loss.evaluate(model.forward(x, 0, rows, true), labels, rows, 3, null));
        }
    }

    @Test
    void reluModelWithDropoutGradientMatchesFiniteDifferencesForAFixedMask() {
        // the mask is fixed by restoring the dropout generator before every forward pass
        SplitMix64 random = new SplitMix64(SEED);
        Sequential model = Mlp.build(MlpSpec.of(3, 2, 6).withDropout(0.3).withInit(WeightInit.HE_UNIFORM), SEED);
        int rows = 4;
        float[] x = GradientCheck.uniform(random, rows * 3, -1, 1);
        int[] labels = {0, 1, 1, 0};
        long[] state = model.randomStates();
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        float[] dOut = new float[rows * 2];
        loss.evaluate(model.forward(x, 0, rows, true), labels, rows, 2, dOut);
        model.backward(dOut, rows);
        GradientCheck check = new GradientCheck(1e-3, 1e-2, 1e-4, SEED);
        Parameter last = model.parameters().get(2);
        check.check(last.name(), last.value().data(), last.gradient().data().clone(), last.size(), () -> {
            model.restoreRandomStates(state);
            return loss.evaluate(model.forward(x, 0, rows, true), labels, rows, 2, null);
        });
    }

    @Test
    void predictProbabilitiesGivesRowsThatSumToOneAndDoesNotDependOnChunking() {
        SplitMix64 random = new SplitMix64(SEED);
        Sequential model = Mlp.build(MlpSpec.of(6, 4, 8).withDropout(0.5), SEED);
        int rows = 1300; // more than one prediction chunk, and a partial last chunk
        Tensor x = Tensor.wrap(GradientCheck.uniform(random, rows * 6, -1, 1), rows, 6);
        Tensor p = model.predictProbabilities(x);
        assertThat(p.shape()).containsExactly(rows, 4);
        for (int r = 0; r < rows; r++) {
            double sum = 0;
            for (int j = 0; j < 4; j++) sum += p.get(r, j);
            assertThat(sum).isCloseTo(1, within(1e-5));
        }
        Tensor one = model.predictProbabilities(Tensor.wrap(java.util.Arrays.copyOfRange(x.data(), 1299 * 6, 1300 * 6), 1, 6));
        for (int j = 0; j < 4; j++) assertThat(one.get(0, j)).isEqualTo(p.get(1299, j));
    }

    @Test
    void loadCopiesParametersByNameAndRefusesMismatches() {
        MlpSpec spec = MlpSpec.of(3, 2, 4);
        Sequential source = Mlp.build(spec, SEED);
        Map<String, Tensor> saved = new LinkedHashMap<>();
        for (Parameter p : source.parameters()) saved.put(p.name(), p.value().copy());
        Sequential target = Mlp.build(spec, SEED + 7);
        target.load(saved);
        for (int i = 0; i < source.parameters().size(); i++) {
            assertThat(target.parameters().get(i).value().data()).containsExactly(source.parameters().get(i).value().data());
        }

        Map<String, Tensor> missing = new LinkedHashMap<>(saved);
        missing.remove("dense_2.bias");
        assertThatThrownBy(() -> target.load(missing)).hasMessageContaining("no value for parameter dense_2.bias");
        Map<String, Tensor> wrong = new LinkedHashMap<>(saved);
        wrong.put("dense_0.weight", Tensor.zeros(4, 3));
        assertThatThrownBy(() -> target.load(wrong)).hasMessageContaining("dense_0.weight has shape [3, 4]")
                .hasMessageContaining("[4, 3]");
        Map<String, Tensor> extra = new LinkedHashMap<>(saved);
        extra.put("dense_9.weight", Tensor.zeros(1));
        assertThatThrownBy(() -> target.load(extra)).hasMessageContaining("no parameter dense_9.weight");
    }

    @Test
    void aSpecBindsFromRecipeYamlAndValidatesItself() {
        var node = YamlConfigReader.read(new StringReader("input_size: 784\nhidden: [500]\nactivation: relu\nclasses: 10\n"), "recipe.yaml");
        MlpSpec spec = ConfigBinder.bind(node, MlpSpec.class, "model");
        assertThat(spec).isEqualTo(new MlpSpec(784, List.of(500), Activation.RELU, 0, 10, null));
        assertThat(ConfigBinder.values(spec)).containsEntry("hidden", List.of(500)).containsEntry("activation", "relu");

        assertThatThrownBy(() -> MlpSpec.of(784, 10, 0)).hasMessageContaining("hidden[0] must be >= 1, got 0");
        assertThatThrownBy(() -> MlpSpec.of(784, 1)).hasMessageContaining("classes must be >= 2");
        assertThatThrownBy(() -> MlpSpec.of(784, 10).withDropout(1)).hasMessageContaining("dropout must be in [0, 1)");
    }

    @Test
    void layersMustChain() {
        assertThatThrownBy(() -> new Sequential(List.of(new Dense(3, 4), new ReLU(5))))
                .hasMessageContaining("layer 1 (relu) takes 5 inputs but layer 0 gives 4");
    }

    private static double mean(float[] w) {
        double s = 0;
        for (float v : w) s += v;
        return s / w.length;
    }

    private static double std(float[] w) {
        double m = mean(w);
        double s = 0;
        for (float v : w) s += (v - m) * (v - m);
        return Math.sqrt(s / w.length);
    }

    private static float maxAbs(float[] w) {
        float m = 0;
        for (float v : w) m = Math.max(m, Math.abs(v));
        return m;
    }
}
