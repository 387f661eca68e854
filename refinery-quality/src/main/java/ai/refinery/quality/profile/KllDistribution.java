package ai.refinery.quality.profile;

import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/** A snapshot of a KLL sketch; synchronized because the sketch caches a sorted view on first read. */
final class KllDistribution implements Distribution {
    private final KllDoublesSketch sketch;

    KllDistribution(KllDoublesSketch live) {
        this.sketch = KllDoublesSketch.heapify(Memory.wrap(live.toByteArray()));
    }

    @Override
    public synchronized double quantile(double q) {
        return sketch.getQuantile(q, QuantileSearchCriteria.INCLUSIVE);
    }

    @Override
    public synchronized double[] shareBelow(double[] splits) {
        double[] cdf = sketch.getCDF(splits, QuantileSearchCriteria.EXCLUSIVE);
        double[] out = new double[splits.length];
        System.arraycopy(cdf, 0, out, 0, splits.length);
        return out;
    }

    /** KLL's normalized rank error for single quantiles at 99% confidence, for this sketch's k. */
    @Override
    public double rankError() {
        return sketch.getNormalizedRankError(false);
    }
}
