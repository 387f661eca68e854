package ai.refinery.learn.optim;

import ai.refinery.learn.nn.Parameter;
import ai.refinery.learn.tensor.Tensor;
import java.util.List;

/** Small parameters for optimizer tests. */
final class Params {
    private Params() {}

    static Parameter weight(String name, float... values) {
        return new Parameter(name, Tensor.wrap(values.clone(), values.length), Tensor.zeros(values.length), true);
    }

    static Parameter bias(String name, float... values) {
        return new Parameter(name, Tensor.wrap(values.clone(), values.length), Tensor.zeros(values.length), false);
    }

    static void setGradient(Parameter p, float... g) {
        System.arraycopy(g, 0, p.gradient().data(), 0, g.length);
    }

    /**
     * Minimizes f(w) = ½ Σ a_i (w_i − c_i)² (a convex bowl with condition number 10) for {@code steps}
     * steps and returns the final distance to the minimum c.
     */
    static double minimizeQuadratic(Optimizer optimizer, int steps, double rate) {
        float[] a = {1, 10, 3};
        float[] c = {2, -1, 0.5f};
        Parameter w = weight("w", 0, 0, 0);
        for (int s = 0; s < steps; s++) {
            float[] x = w.value().data();
            for (int i = 0; i < 3; i++) w.gradient().data()[i] = a[i] * (x[i] - c[i]);
            optimizer.step(List.of(w), rate);
        }
        double d = 0;
        for (int i = 0; i < 3; i++) d += Math.pow(w.value().data()[i] - c[i], 2);
        return Math.sqrt(d);
    }
}
