package ai.refinery.quality.ops;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The fitter of the cleaning operators: one {@link ColumnAccumulator} per field being learnt, fed
 * that field's value of every record reaching the step. Each batch gets its own accumulators
 * ({@link Batch}), which are merged into the totals in input order.
 *
 * @param <A> the accumulator kind (e.g. {@link NumericDistribution}, {@link ValueCounts})
 */
public final class ColumnTap<A extends ColumnAccumulator<A>> implements RecordTap<ColumnTap.Batch<A>> {
    private final List<String> fields;
    private final Supplier<A> factory;
    private final Map<String, A> totals = new LinkedHashMap<>();

    ColumnTap(List<String> fields, Supplier<A> factory) {
        this.fields = List.copyOf(fields);
        this.factory = factory;
        for (String f : this.fields) totals.put(f, factory.get());
    }

    /** The fields this tap learns, in config order. */
    public List<String> fields() {
        return fields;
    }

    /** What was learnt about {@code field}, which must be one of {@link #fields()}. */
    A get(String field) {
        A a = totals.get(field);
        if (a == null) throw new IllegalArgumentException("this fitter does not learn field '" + field + "'; it learns " + fields);
        return a;
    }

    @Override
    public Batch<A> newPartial() {
        return new Batch<>(fields, factory);
    }

    @Override
    public void merge(Batch<A> partial) {
        for (int i = 0; i < fields.size(); i++) totals.get(fields.get(i)).merge(partial.accumulators.get(i));
    }

    /** One batch's accumulators, used by one thread; serializable so that a distributed executor can ship it to be merged. */
    public static final class Batch<A extends ColumnAccumulator<A>> implements RecordTap.Partial, Serializable {
        private static final long serialVersionUID = 1L;
        private final String[] fields;
        private final List<A> accumulators;

        Batch(List<String> fields, Supplier<A> factory) {
            this.fields = fields.toArray(new String[0]);
            this.accumulators = List.copyOf(fields.stream().map(f -> factory.get()).toList());
        }

        @Override
        public void accept(Record record) {
            for (int i = 0; i < fields.length; i++) accumulators.get(i).add(record.get(fields[i]));
        }
    }
}
