package ai.refinery.core.op;

import java.io.Serializable;

/**
 * A step of a pipeline. Implementations are immutable after construction, deterministic for a given
 * seed, hold no hidden global state, and are {@link Serializable} so that a distributed executor can
 * ship the same instance to its workers. An operator is one of {@link RecordMapper},
 * {@link RecordFilter}, {@link RecordFlatMapper} or {@link GroupedOperator}; executors may call
 * the per-record methods from several threads at once.
 */
public interface Operator extends Serializable {
}
