package ai.refinery.core.testkit;

import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordFlatMapper;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs any operator over records the way an engine does: per-record work (map, filter, flat map,
 * signature) batch by batch, and for a {@link GroupedOperator} the documented rule that a record
 * is dropped when an <em>earlier</em> record (in input order) shares a key with it and, if the
 * operator verifies candidates, confirms the pair. A runtime exception quarantines its record.
 *
 * <pre>{@code
 * Result r = OperatorHarness.run(op, records);
 * assertThat(r.keptIds()).containsExactly("a", "c");
 * assertThat(r.dropCounts()).containsEntry("duplicate", 1L);
 * }</pre>
 */
public final class OperatorHarness {
    private static final int THREADS = 4;

    private OperatorHarness() {}

    /** All records as one batch, on the calling thread. */
    public static Result run(Operator op, List<Record> input) {
        return run(op, input, Math.max(1, input.size()));
    }

    /**
     * Splits the input into batches of {@code batchSize}, processes the batches on several threads
     * (submitted last batch first) and assembles the outcome in input order, as a parallel engine
     * would. The result must not depend on {@code batchSize}.
     */
    public static Result run(Operator op, List<Record> input, int batchSize) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1");
        Outcome[] outcomes = new Outcome[input.size()];
        if (batchSize >= input.size()) {
            processBatch(op, input, 0, input.size(), outcomes);
        } else {
            processConcurrently(op, input, batchSize, outcomes);
        }
        return op instanceof GroupedOperator<?> g ? group(g, input, outcomes) : collect(input, outcomes);
    }

    private static void processConcurrently(Operator op, List<Record> input, int batchSize, Outcome[] outcomes) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> futures = new ArrayList<>();
            int batches = (input.size() + batchSize - 1) / batchSize;
            for (int b = batches - 1; b >= 0; b--) {
                int from = b * batchSize;
                int to = Math.min(input.size(), from + batchSize);
                futures.add(pool.submit(() -> processBatch(op, input, from, to, outcomes)));
            }
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("batch failed outside the operator", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Per-record work; the outcome arrays slots are disjoint between batches. */
    private static void processBatch(Operator op, List<Record> input, int from, int to, Outcome[] outcomes) {
        for (int i = from; i < to; i++) outcomes[i] = processOne(op, input.get(i));
    }

    private static Outcome processOne(Operator op, Record r) {
        try {
            if (op instanceof GroupedOperator<?> g) {
                Serializable s = g.signature(r);
                if (s == null) throw new AssertionError(op.getClass().getName() + ".signature() returned null for " + r);
                return Outcome.signature(s);
            }
            if (op instanceof RecordFilter f) {
                String reason = f.dropReason(r);
                if (reason != null && reason.isBlank()) {
                    throw new AssertionError(op.getClass().getName() + " dropped " + r.id() + " with a blank reason");
                }
                return reason == null ? Outcome.emitted(List.of(r)) : Outcome.dropped(reason);
            }
            if (op instanceof RecordFlatMapper fm) {
                List<Record> out = new ArrayList<>();
                fm.flatMap(r, rec -> {
                    if (rec == null) throw new AssertionError(op.getClass().getName() + ".flatMap() emitted null for " + r);
                    out.add(rec);
                });
                return Outcome.emitted(out);
            }
            if (op instanceof RecordMapper m) {
                Record out = m.map(r);
                if (out == null) throw new AssertionError(op.getClass().getName() + ".map() returned null for " + r);
                return Outcome.emitted(List.of(out));
            }
            throw new AssertionError(op.getClass().getName() + " is not a mapper, filter, flat mapper or grouped operator");
        } catch (RuntimeException e) {
            return Outcome.failed(e);
        }
    }

    private static Result collect(List<Record> input, Outcome[] outcomes) {
        Result.Builder b = new Result.Builder();
        for (int i = 0; i < outcomes.length; i++) b.add(input.get(i), outcomes[i]);
        return b.build();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Result group(GroupedOperator g, List<Record> input, Outcome[] outcomes) {
        boolean verifies = g.verifiesCandidates();
        Set<Key> seen = new HashSet<>();
        Map<Key, List<Integer>> positions = new HashMap<>();
        Result.Builder b = new Result.Builder();
        for (int i = 0; i < outcomes.length; i++) {
            Record r = input.get(i);
            Outcome o = outcomes[i];
            if (o.error != null) {
                b.add(r, o);
                continue;
            }
            try {
                Set<Key> keys = new LinkedHashSet<>();
                g.keys(o.signature, (high, low) -> keys.add(new Key(high, low)));
                boolean duplicate;
                if (!verifies) {
                    duplicate = keys.stream().anyMatch(seen::contains);
                    seen.addAll(keys);
                } else {
                    Set<Integer> candidates = new TreeSet<>();
                    for (Key k : keys) candidates.addAll(positions.getOrDefault(k, List.of()));
                    duplicate = false;
                    for (int c : candidates) {
                        if (g.confirms(outcomes[c].signature, o.signature)) {
                            duplicate = true;
                            break;
                        }
                    }
                    for (Key k : keys) positions.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
                b.add(r, duplicate ? Outcome.dropped(g.dropReason()) : Outcome.emitted(List.of(r)));
            } catch (RuntimeException e) {
                b.add(r, Outcome.failed(e));
            }
        }
        return b.build();
    }

    private record Key(long high, long low) {}

    /** What happened to one input record. */
    private static final class Outcome {
        final List<Record> emitted;
        final String dropReason;
        final RuntimeException error;
        final Serializable signature;

        private Outcome(List<Record> emitted, String dropReason, RuntimeException error, Serializable signature) {
            this.emitted = emitted;
            this.dropReason = dropReason;
            this.error = error;
            this.signature = signature;
        }

        static Outcome emitted(List<Record> records) { return new Outcome(records, null, null, null); }
        static Outcome dropped(String reason) { return new Outcome(List.of(), reason, null, null); }
        static Outcome failed(RuntimeException e) { return new Outcome(List.of(), null, e, null); }
        static Outcome signature(Serializable s) { return new Outcome(List.of(), null, null, s); }
    }

    /** Kept (emitted) records in order, dropped records with reasons, quarantined records with errors. */
    public record Result(List<Record> kept, List<Dropped> dropped, List<Quarantined> quarantined) {
        public record Dropped(Record record, String reason) {}

        /** Equal when the record, the exception class and the message are equal. */
        public record Quarantined(Record record, RuntimeException error) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Quarantined q && record.equals(q.record) && error.getClass() == q.error.getClass()
                        && Objects.equals(error.getMessage(), q.error.getMessage());
            }

            @Override
            public int hashCode() {
                return Objects.hash(record, error.getClass(), error.getMessage());
            }

            @Override
            public String toString() {
                return "Quarantined[" + record.id() + ": " + error + "]";
            }
        }

        public List<String> keptIds() {
            return kept.stream().map(Record::id).toList();
        }

        public List<String> droppedIds() {
            return dropped.stream().map(d -> d.record().id()).toList();
        }

        /** Number of dropped records per reason, sorted by reason. */
        public Map<String, Long> dropCounts() {
            Map<String, Long> counts = new TreeMap<>();
            for (Dropped d : dropped) counts.merge(d.reason(), 1L, Long::sum);
            return counts;
        }

        public boolean isEmpty() {
            return kept.isEmpty() && dropped.isEmpty() && quarantined.isEmpty();
        }

        /** One line for assertion messages: counts, not whole records. */
        public String summary() {
            return kept.size() + " kept, drops " + dropCounts() + ", " + quarantined.size() + " quarantined";
        }

        private static final class Builder {
            private final List<Record> kept = new ArrayList<>();
            private final List<Dropped> dropped = new ArrayList<>();
            private final List<Quarantined> quarantined = new ArrayList<>();

            void add(Record input, Outcome o) {
                if (o.error != null) quarantined.add(new Quarantined(input, o.error));
                else if (o.dropReason != null) dropped.add(new Dropped(input, o.dropReason));
                else kept.addAll(o.emitted);
            }

            Result build() {
                return new Result(Collections.unmodifiableList(kept), Collections.unmodifiableList(dropped),
                        Collections.unmodifiableList(quarantined));
            }
        }
    }
}
