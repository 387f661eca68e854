package ai.refinery.learn.optim;

import ai.refinery.learn.nn.Parameter;
import java.util.List;

/**
 * Clipping by global norm (Pascanu, Mikolov and Bengio, "On the difficulty of training recurrent
 * neural networks", ICML 2013, §3.2, Algorithm 1): when the L2 norm of all gradients together
 * exceeds a threshold, every gradient is scaled by threshold/norm, keeping the direction.
 */
public final class GradientClipping {
    private GradientClipping() {}

    /** √(Σ g²) over every gradient value of every parameter; NaN or ∞ if any value is. */
    public static double globalNorm(List<Parameter> parameters) {
        double sum = 0;
        for (Parameter p : parameters) sum += sumOfSquares(p.gradient().data());
        return Math.sqrt(sum);
    }

    /**
     * Σ g² of one array: eight float partial sums over blocks of 1024 values (independent additions
     * the CPU can overlap), each block's total added in double. A fixed order, so deterministic;
     * the float partials lose at most ~1e-5 relative, plenty for a norm.
     */
    private static double sumOfSquares(float[] g) {
        double total = 0;
        int whole = g.length & ~7;
        int i = 0;
        while (i < whole) {
            int end = Math.min(whole, i + 1024);
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            for (; i < end; i += 8) {
                s0 += g[i] * g[i];
                s1 += g[i + 1] * g[i + 1];
                s2 += g[i + 2] * g[i + 2];
                s3 += g[i + 3] * g[i + 3];
                s4 += g[i + 4] * g[i + 4];
                s5 += g[i + 5] * g[i + 5];
                s6 += g[i + 6] * g[i + 6];
                s7 += g[i + 7] * g[i + 7];
            }
            total += (((double) s0 + s1) + ((double) s2 + s3)) + (((double) s4 + s5) + ((double) s6 + s7));
        }
        for (; i < g.length; i++) total += (double) g[i] * g[i];
        return total;
    }

    /**
     * Scales the gradients so their global norm is at most {@code maxNorm}.
     *
     * @return the global norm before clipping
     */
    public static double clip(List<Parameter> parameters, double maxNorm) {
        Checks.positive("clip_norm", maxNorm);
        double norm = globalNorm(parameters);
        if (norm > maxNorm && Double.isFinite(norm)) scale(parameters, (float) (maxNorm / norm));
        return norm;
    }

    static void scale(List<Parameter> parameters, float factor) {
        for (Parameter p : parameters) {
            float[] g = p.gradient().data();
            for (int i = 0; i < g.length; i++) g[i] *= factor;
        }
    }
}
