package ai.refinery.quality.ops;

import java.io.Serializable;

/**
 * What a fitting step learns about one field, accumulated value by value and mergeable. Merging
 * must give the same result whatever the batches were, so that a fitted value does not depend on
 * threads or batch sizes.
 *
 * @param <A> the implementing class
 */
interface ColumnAccumulator<A extends ColumnAccumulator<A>> extends Serializable {
    /** Counts one value of the field (null when the field is absent or null). */
    void add(Object value);

    /** Folds in the values another accumulator of the same kind and settings has counted. */
    void merge(A other);
}
