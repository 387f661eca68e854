package ai.refinery.learn.optim;

/** Validation shared by the config records; messages carry the YAML key and the value. */
final class Checks {
    private Checks() {}

    static void positive(String key, double v) {
        if (!(v > 0) || Double.isInfinite(v)) throw new IllegalArgumentException(key + " must be a finite number > 0, got " + v);
    }

    static void nonNegative(String key, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(key + " must be a finite number >= 0, got " + v);
    }

    static void unitOpen(String key, double v) {
        if (!(v >= 0 && v < 1)) throw new IllegalArgumentException(key + " must be in [0, 1), got " + v);
    }
}
