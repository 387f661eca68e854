package ai.refinery.text.quality;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A setting mapping n-gram sizes to largest allowed shares, e.g. {@code {2: 0.20, 3: 0.18}}, with
 * the figure name of each size made once.
 */
final class NGramThresholds implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int MAX_N = 50;

    final int[] sizes;
    final double[] maxShares;
    final String[] figures;

    private NGramThresholds(int[] sizes, double[] maxShares, String[] figures) {
        this.sizes = sizes;
        this.maxShares = maxShares;
        this.figures = figures;
    }

    /** Checks a config value and returns an immutable copy keyed by size, in increasing order. */
    static Map<String, Double> validate(String setting, Map<String, Double> map) {
        if (map == null) return Map.of();
        Map<String, Double> out = new TreeMap<>((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
        for (Map.Entry<String, Double> e : map.entrySet()) {
            int n;
            try {
                n = Integer.parseInt(e.getKey().strip());
            } catch (NumberFormatException x) {
                throw new IllegalArgumentException("'" + setting + "' maps n-gram sizes to shares, e.g. {2: 0.2}; '"
                        + e.getKey() + "' is not a size");
            }
            Checks.ngramSize(setting + " size", n, MAX_N);
            if (e.getValue() == null) throw new IllegalArgumentException("'" + setting + "' gives no share for size " + n);
            Checks.fraction(setting + " share for " + n, e.getValue());
            out.put(Integer.toString(n), e.getValue());
        }
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(out));
    }

    /** The thresholds of a validated map, naming figures {@code prefix + n + suffix}. */
    static NGramThresholds of(Map<String, Double> map, String prefix, String suffix) {
        int k = map.size();
        int[] sizes = new int[k];
        double[] shares = new double[k];
        String[] figures = new String[k];
        int i = 0;
        for (Map.Entry<String, Double> e : validate("n-gram thresholds", map).entrySet()) {
            sizes[i] = Integer.parseInt(e.getKey());
            shares[i] = e.getValue();
            figures[i] = prefix + sizes[i] + suffix;
            i++;
        }
        return new NGramThresholds(sizes, shares, figures);
    }
}
