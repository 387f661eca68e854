package ai.refinery.core.exec;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.GroupedOperator;
import ai.refinery.core.op.KeySink;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordFlatMapper;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Small operators of every kind, for executor tests only (registered from test resources). */
public final class TestOperators {
    private TestOperators() {}

    /** Upper-cases {@code text}; throws on the text "boom" (to test quarantine of operator errors). */
    public static final class Upper extends OperatorProvider<Upper.Config> {
        public record Config(@Setting(value = "Field to upper-case.", defaultValue = "text") String field) {}

        public Upper() {
            super("test_upper", "Upper-cases a field (test only).", Config.class);
        }

        @Override
        public Operator create(Config c, OperatorContext ctx) {
            return (RecordMapper) r -> {
                String v = r.getString(c.field());
                if ("boom".equals(v)) throw new IllegalArgumentException("cannot upper-case 'boom'");
                return v == null ? r : r.with(c.field(), v.toUpperCase(Locale.ROOT));
            };
        }
    }

    /** Emits one record per word of {@code text}; none for an empty text. */
    public static final class Words extends OperatorProvider<Words.Config> {
        public record Config(@Setting(value = "Field to split.", defaultValue = "text") String field) {}

        public Words() {
            super("test_words", "Splits a field into one record per word (test only).", Config.class);
        }

        @Override
        public Operator create(Config c, OperatorContext ctx) {
            return (RecordFlatMapper) (r, out) -> {
                String v = r.getString(c.field());
                if (v == null || v.isBlank()) return;
                String[] words = v.trim().split("\\s+");
                for (int i = 0; i < words.length; i++) out.accept(r.toBuilder().id(r.id() + "#" + i).set(c.field(), words[i]).build());
            };
        }
    }

    /** Drops records whose {@code text} is shorter than {@code min}. */
    public static final class MinLength extends OperatorProvider<MinLength.Config> {
        public record Config(@Setting(value = "Minimum length.", defaultValue = "2") int min,
                             @Setting(value = "Also write meta.length (a scoring filter).", defaultValue = "false") boolean score) {
            public Config {
                if (min < 0) throw new IllegalArgumentException("min must be >= 0, got " + min);
            }
        }

        public MinLength() {
            super("test_min_length", "Drops short texts (test only).", Config.class);
        }

        @Override
        public Operator create(Config c, OperatorContext ctx) {
            if (c.score()) {
                return (ai.refinery.core.op.ScoringFilter) r -> {
                    String v = r.getString("text");
                    long length = v == null ? 0 : v.length();
                    return new ai.refinery.core.op.ScoringFilter.Verdict(r.withMeta("length", length),
                            length >= c.min() ? RecordFilter.KEEP : "too_short");
                };
            }
            return (RecordFilter) r -> {
                String v = r.getString("text");
                return v != null && v.length() >= c.min() ? RecordFilter.KEEP : "too_short";
            };
        }
    }

    /** Drops records whose {@code text} equals an earlier one, ignoring case; confirms candidates. */
    public static final class Dedup extends OperatorProvider<Dedup.Config> {
        public record Config(@Setting(value = "Whether to confirm candidates by comparing texts.", defaultValue = "false") boolean verify) {}

        public Dedup() {
            super("test_dedup", "Drops repeated texts (test only).", Config.class);
        }

        @Override
        public Operator create(Config c, OperatorContext ctx) {
            return new DedupOperator(c.verify());
        }
    }

    record DedupOperator(boolean verify) implements GroupedOperator<String> {
        @Override
        public String signature(Record r) {
            return String.valueOf(r.getString("text")).toLowerCase(Locale.ROOT);
        }

        @Override
        public void keys(String s, KeySink sink) {
            // a deliberately weak key (first letter) so that confirmation matters when verify is on
            long k = verify ? (s.isEmpty() ? 0 : s.charAt(0)) : java.util.Arrays.hashCode(s.getBytes(StandardCharsets.UTF_8));
            sink.accept(k, verify ? 0 : s.length());
        }

        @Override
        public boolean verifiesCandidates() {
            return verify;
        }

        @Override
        public boolean confirms(String earlier, String later) {
            return earlier.equals(later);
        }

        @Override
        public String dropReason() {
            return "duplicate";
        }
    }

    /** Appends the length of the longest {@code text} it was fitted on ({@code max} when given) to each text. */
    public static final class LongestSuffix extends OperatorProvider<LongestSuffix.Config> implements ai.refinery.core.op.Fitting<LongestSuffix.Config> {
        public record Config(@Setting(value = "The longest length; learnt from the data when absent.", optional = true) Integer max) {}

        public LongestSuffix() {
            super("test_longest_suffix", "Appends the longest text length seen when fitting (test only).", Config.class);
        }

        @Override
        public Operator create(Config c, OperatorContext ctx) {
            if (c.max() == null) throw new IllegalStateException("not fitted");
            return (RecordMapper) r -> r.with("text", r.getString("text") + "/" + c.max());
        }

        @Override public boolean needsFit(Config c) { return c.max() == null; }

        @Override
        public ai.refinery.core.tap.RecordTap<?> fitter(Config c) {
            return new Longest();
        }

        @Override
        public Config fitted(Config c, ai.refinery.core.tap.RecordTap<?> fitter) {
            int max = ((Longest) fitter).max;
            if (max < 0) throw new IllegalStateException("no text to learn from");
            return new Config(max);
        }

        static final class Longest implements ai.refinery.core.tap.RecordTap<Longest.Part> {
            int max = -1;

            static final class Part implements ai.refinery.core.tap.RecordTap.Partial {
                int max = -1;

                @Override public void accept(Record r) {
                    max = Math.max(max, r.getString("text").length());
                }
            }

            @Override public Part newPartial() { return new Part(); }

            @Override public void merge(Part p) { max = Math.max(max, p.max); }
        }
    }
}
