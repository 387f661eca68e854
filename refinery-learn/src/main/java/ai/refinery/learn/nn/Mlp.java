package ai.refinery.learn.nn;

import ai.refinery.learn.tensor.Gemm;
import ai.refinery.learn.tensor.Gemms;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link Sequential} a {@link MlpSpec} describes: {@code dense, activation[, dropout]}
 * per hidden layer, then a dense output layer. Every random choice derives from the seed, one
 * independent stream per layer, so a spec and a seed always give the same initial model.
 */
public final class Mlp {
    private Mlp() {}

    public static Sequential build(MlpSpec spec, long seed) {
        return build(spec, seed, Gemms.best());
    }

    /** As {@link #build(MlpSpec, long)}, multiplying with {@code gemm}. */
    public static Sequential build(MlpSpec spec, long seed, Gemm gemm) {
        List<Layer> layers = new ArrayList<>();
        WeightInit hiddenInit = spec.init() != null ? spec.init() : spec.activation().defaultInit();
        WeightInit outputInit = spec.init() != null ? spec.init() : WeightInit.XAVIER_UNIFORM;
        int width = spec.inputSize();
        for (int h : spec.hidden()) {
            layers.add(new Dense(width, h, gemm).initialize(hiddenInit, streamFor(seed, layers.size())));
            layers.add(spec.activation().create(h));
            if (spec.dropout() > 0) layers.add(new Dropout(h, spec.dropout(), SplitMix64.derive(seed, layers.size())));
            width = h;
        }
        layers.add(new Dense(width, spec.classes(), gemm).initialize(outputInit, streamFor(seed, layers.size())));
        return new Sequential(layers);
    }

    private static SplitMix64 streamFor(long seed, int layerIndex) {
        return new SplitMix64(SplitMix64.derive(seed, layerIndex));
    }
}
