package ai.refinery.core.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordFilter;
import ai.refinery.core.op.RecordMapper;
import ai.refinery.core.record.Record;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The contract kit must catch broken operators, not only pass good ones. */
class OperatorContractKitTest {

    public record MinLengthConfig(@Setting("Minimum length of field 'text'.") long min) {
        public MinLengthConfig {
            if (min < 0) throw new IllegalArgumentException("'min' must be at least 0");
        }
    }

    /** A provider whose operator is given as a factory, for building broken operators. */
    private static final class TestProvider extends OperatorProvider<MinLengthConfig> {
        private final java.util.function.Function<MinLengthConfig, Operator> factory;

        TestProvider(String name, java.util.function.Function<MinLengthConfig, Operator> factory) {
            super(name, "A test operator.", MinLengthConfig.class);
            this.factory = factory;
        }

        @Override
        public Operator create(MinLengthConfig config, OperatorContext context) {
            return factory.apply(config);
        }
    }

    private static OperatorContractTest contractFor(OperatorProvider<?> provider) {
        return new OperatorContractTest() {
            @Override
            protected OperatorProvider<?> provider() {
                return provider;
            }

            @Override
            protected Map<String, Object> validConfig() {
                return Map.of("min", 3);
            }

            @Override
            protected List<InvalidConfig> invalidConfigs() {
                return List.of(invalid(Map.of("min", -1), "'min' must be at least 0"));
            }

            @Override
            protected List<Record> samples() {
                return List.of(Record.builder("a").set("text", "long text").build(),
                        Record.builder("b").set("text", "no").build());
            }
        };
    }

    /** Checks its input and fails with a message. */
    private static final class GoodFilter implements RecordFilter {
        private static final long serialVersionUID = 1L;
        private final long min;

        GoodFilter(long min) {
            this.min = min;
        }

        @Override
        public String dropReason(Record r) {
            Object v = r.get("text");
            if (v == null) return "missing:text";
            if (!(v instanceof String s)) throw new IllegalArgumentException("field 'text' must be text, not " + v);
            return s.length() >= min ? KEEP : "too_short";
        }
    }

    /** Trusts its input blindly. */
    private static final class CarelessFilter implements RecordFilter {
        private static final long serialVersionUID = 1L;

        @Override
        public String dropReason(Record r) {
            return ((String) r.get("text")).length() >= 3 ? KEEP : "too_short";
        }
    }

    /** Keeps hidden state: drops every second record it sees. */
    private static final class StatefulFilter implements RecordFilter {
        private static final long serialVersionUID = 1L;
        private final AtomicLong seen = new AtomicLong();

        @Override
        public String dropReason(Record r) {
            return seen.incrementAndGet() % 2 == 0 ? "second" : KEEP;
        }
    }

    /** Holds a field that cannot be serialized. */
    private static final class UnserializableMapper implements RecordMapper {
        private static final long serialVersionUID = 1L;
        @SuppressWarnings("serial")
        private final Object lock = new Object();

        @Override
        public Record map(Record r) {
            synchronized (lock) {
                return r;
            }
        }
    }

    @Test
    void aCarefulOperatorPasses() {
        OperatorContractTest t = contractFor(new TestProvider("min_length", c -> new GoodFilter(c.min())));
        assertThatCode(() -> {
            t.freshInstancesGiveIdenticalResults();
            t.batchingAndThreadsDoNotChangeTheResult();
            t.survivesJavaSerialization();
            t.emptyInputGivesEmptyOutput();
            t.handlesOddInputClearly();
            t.invalidConfigsAreRejectedWithClearMessages();
            t.providerIsNamedAndDocumented();
        }).doesNotThrowAnyException();
    }

    @Test
    void catchesClassCastExceptionsOnOddInput() {
        OperatorContractTest t = contractFor(new TestProvider("careless", c -> new CarelessFilter()));
        assertThatThrownBy(t::handlesOddInputClearly).isInstanceOf(AssertionError.class)
                .hasMessageContaining("[careless, seed=")
                .hasMessageContaining("not fail with");
    }

    @Test
    void catchesHiddenState() {
        OperatorContractTest t = contractFor(new TestProvider("stateful", c -> new StatefulFilter()));
        assertThatThrownBy(t::freshInstancesGiveIdenticalResults).isInstanceOf(AssertionError.class)
                .hasMessageContaining("it keeps hidden state");
    }

    @Test
    void catchesUnserializableState() {
        OperatorContractTest t = contractFor(new TestProvider("unserializable", c -> new UnserializableMapper()));
        assertThatThrownBy(t::survivesJavaSerialization).isInstanceOf(AssertionError.class)
                .hasMessageContaining("holds a non-serializable java.lang.Object");
    }

    @Test
    void catchesBadNamesAndUnregisteredProviders() {
        OperatorContractTest t = contractFor(new TestProvider("MinLength", c -> new GoodFilter(c.min())));
        assertThatThrownBy(t::providerIsNamedAndDocumented).hasMessageContaining("is not lower snake_case");
        assertThatThrownBy(t::providerIsRegisteredForTheServiceLoader).hasMessageContaining("unknown operator 'MinLength'");
    }
}
