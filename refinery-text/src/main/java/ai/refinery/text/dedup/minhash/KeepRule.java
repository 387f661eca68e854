package ai.refinery.text.dedup.minhash;

import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;

/**
 * Which document of a near-duplicate cluster is kept (the others are dropped). Deterministic: every
 * tie goes to the lowest input index.
 */
public sealed interface KeepRule permits KeepRule.First, KeepRule.Longest, KeepRule.Highest {

    /** Whether {@code candidate} should replace {@code best}; {@code candidate > best} always. */
    boolean prefers(int candidate, int best);

    /** The name used in reports: {@code first}, {@code longest}, {@code highest}. */
    String name();

    /** Keep the document that came first in the input. */
    static KeepRule first() {
        return new First();
    }

    /** Keep the longest document ({@code length}: chars, words or shingles, the caller's choice). */
    static KeepRule longest(IntToLongFunction length) {
        return new Longest(Objects.requireNonNull(length, "length"));
    }

    /** Keep the document of highest {@code score} (a NaN score never wins). */
    static KeepRule highest(IntToDoubleFunction score) {
        return new Highest(Objects.requireNonNull(score, "score"));
    }

    /** Lowest input index. */
    record First() implements KeepRule {
        @Override
        public boolean prefers(int candidate, int best) {
            return false;
        }

        @Override
        public String name() {
            return "first";
        }
    }

    /** Most characters/shingles, ties to the first. */
    record Longest(IntToLongFunction length) implements KeepRule {
        @Override
        public boolean prefers(int candidate, int best) {
            return length.applyAsLong(candidate) > length.applyAsLong(best);
        }

        @Override
        public String name() {
            return "longest";
        }
    }

    /** Highest caller-given score, ties to the first. */
    record Highest(IntToDoubleFunction score) implements KeepRule {
        @Override
        public boolean prefers(int candidate, int best) {
            double c = score.applyAsDouble(candidate);
            double b = score.applyAsDouble(best);
            return c > b || (Double.isNaN(b) && !Double.isNaN(c));
        }

        @Override
        public String name() {
            return "highest";
        }
    }
}
