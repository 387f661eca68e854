package ai.refinery.core.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.Mark;
import ai.refinery.core.config.SettingInfo;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.OperatorRegistry;
import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.OperatorHarness.Result;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The contract every operator must meet, as JUnit tests. Subclass it once per operator:
 *
 * <pre>{@code
 * class TrimTextContractTest extends OperatorContractTest {
 *     protected OperatorProvider<?> provider() { return new TrimText.Provider(); }
 *     protected Map<String, Object> validConfig() { return Map.of("field", "text"); }
 *     protected List<InvalidConfig> invalidConfigs() {
 *         return List.of(invalid(Map.of(), "missing required setting 'field'"));
 *     }
 *     protected List<Record> samples() { return List.of(Record.builder("1").set("text", " a ").build()); }
 * }
 * }</pre>
 *
 * <p>Checked: determinism (fresh instances, repeated runs, any batching and threads), Java
 * serialization, empty input, odd input (missing fields, nulls, wrong types: the operator keeps,
 * drops with a reason, or fails with a clear message, never a bare NullPointerException or
 * ClassCastException), config validation, documentation and registration of the provider.
 *
 * <p>The seed is random per test unless {@code -Drefinery.test.seed=N} is given; failures print it.
 */
public abstract class OperatorContractTest {
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    private static final int[] BATCH_SIZES = {1, 2, 3, 7};
    private static final int BAD_RECORD_SAMPLES = 3;

    private final long seed = chooseSeed();

    /** The provider under test (a fresh instance, as the service loader makes). */
    protected abstract OperatorProvider<?> provider();

    /** Settings that bind, as YAML would give them (use List.of, Map.of, ints, strings). */
    protected abstract Map<String, Object> validConfig();

    /** Settings that must fail with a {@link ConfigException} containing the fragment; at least one. */
    protected abstract List<InvalidConfig> invalidConfigs();

    /** Records covering the operator's cases: kept, dropped, changed, duplicates for grouped operators. */
    protected abstract List<Record> samples();

    /** Odd records for {@link #handlesOddInputClearly}; by default variants of the first samples. */
    protected List<Record> oddRecords() {
        return BadRecords.from(samples(), BAD_RECORD_SAMPLES);
    }

    /** The seed operators are created with in this test. */
    protected final long seed() {
        return seed;
    }

    /** A new operator from {@link #validConfig()} and {@link #seed()}. */
    protected final Operator newOperator() {
        return ConfigMaps.create(provider(), validConfig(), OperatorContext.forTest(seed));
    }

    /** A config that must be rejected with a message containing {@code messageFragment}. */
    public record InvalidConfig(Map<String, Object> settings, String messageFragment) {}

    protected static InvalidConfig invalid(Map<String, Object> settings, String messageFragment) {
        return new InvalidConfig(settings, messageFragment);
    }

    /** {@code base} with {@code key} set to {@code value}, for building invalid variants of the valid config. */
    protected static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>(base);
        m.put(key, value);
        return m;
    }

    @Test
    public void freshInstancesGiveIdenticalResults() {
        List<Record> samples = nonEmptySamples();
        Result first = OperatorHarness.run(newOperator(), samples);
        Result second = OperatorHarness.run(newOperator(), samples);
        assertEquals(first, second, context("two operators from the same config and seed gave different results"));
        Operator op = newOperator();
        OperatorHarness.run(op, samples.subList(0, 1)); // an odd warm-up also exposes counters that flip every other record
        assertEquals(first, OperatorHarness.run(op, samples),
                context("the operator gave other results after it had processed a record: it keeps hidden state"));
    }

    @Test
    public void batchingAndThreadsDoNotChangeTheResult() {
        List<Record> samples = nonEmptySamples();
        Operator op = newOperator();
        Result whole = OperatorHarness.run(op, samples);
        for (int size : BATCH_SIZES) {
            Result batched = OperatorHarness.run(op, samples, size);
            assertEquals(whole, batched, context("batches of " + size + " gave " + batched.summary()
                    + " but one batch gave " + whole.summary()));
        }
    }

    @Test
    public void survivesJavaSerialization() {
        List<Record> samples = nonEmptySamples();
        Operator op = newOperator();
        Result expected = OperatorHarness.run(op, samples);
        Operator copy = roundTrip(op);
        assertSame(op.getClass(), copy.getClass(), context("deserialized to another class"));
        assertEquals(expected, OperatorHarness.run(copy, samples), context("the deserialized operator gives other results"));
        assertEquals(expected, OperatorHarness.run(roundTrip(copy), samples), context("a second round trip changed the results"));
    }

    @Test
    public void emptyInputGivesEmptyOutput() {
        Result r = OperatorHarness.run(newOperator(), List.of());
        assertTrue(r.isEmpty(), context("empty input gave " + r.summary()));
    }

    @Test
    public void handlesOddInputClearly() {
        Operator op = newOperator();
        Result r = OperatorHarness.run(op, oddRecords());
        for (Result.Dropped d : r.dropped()) {
            assertFalse(d.reason() == null || d.reason().isBlank(), context("record " + d.record().id() + " dropped without a reason"));
        }
        for (Result.Quarantined q : r.quarantined()) {
            RuntimeException e = q.error();
            String where = "record " + q.record() + " failed with " + e;
            if (e instanceof NullPointerException || e instanceof ClassCastException
                    || e instanceof IndexOutOfBoundsException || e instanceof UnsupportedOperationException) {
                throw new AssertionError(context(where + ": an operator must check its input and say what is wrong, "
                        + "not fail with " + e.getClass().getSimpleName()), e);
            }
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError(context(where + ": the exception needs a message saying what is wrong"), e);
            }
        }
    }

    @Test
    public void invalidConfigsAreRejectedWithClearMessages() {
        List<InvalidConfig> invalids = invalidConfigs();
        assertFalse(invalids.isEmpty(), context("give at least one invalid config in invalidConfigs()"));
        for (InvalidConfig bad : invalids) {
            ConfigException e = assertThrows(ConfigException.class,
                    () -> ConfigMaps.create(provider(), bad.settings(), OperatorContext.forTest(seed)),
                    context("config " + bad.settings() + " was accepted"));
            assertTrue(e.getMessage().contains(bad.messageFragment()),
                    context("config " + bad.settings() + " failed with '" + e.getMessage()
                            + "', which does not contain '" + bad.messageFragment() + "'"));
        }
        Map<String, Object> unknownKey = with(validConfig(), "no_such_setting", 1);
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigMaps.create(provider(), unknownKey, OperatorContext.forTest(seed)), context("an unknown setting was accepted"));
        assertTrue(e.getMessage().contains("unknown setting 'no_such_setting'"), context("unexpected message: " + e.getMessage()));
    }

    @Test
    public void providerIsNamedAndDocumented() {
        OperatorProvider<?> p = provider();
        assertTrue(SNAKE_CASE.matcher(p.name()).matches(), context("name '" + p.name() + "' is not lower snake_case"));
        assertNotNull(p.description(), context("description is null"));
        assertFalse(p.description().isBlank(), context("description is empty"));
        assertFalse(p.description().contains("\n"), context("description must be one line"));
        for (SettingInfo s : p.settings()) {
            assertTrue(SNAKE_CASE.matcher(s.key()).matches(), context("setting '" + s.key() + "' is not lower snake_case"));
            assertFalse(s.description().isBlank(), context("setting '" + s.key() + "' has no @Setting description"));
        }
        assertNotNull(OperatorProvider.kindOf(newOperator()));
    }

    @Test
    public void providerIsRegisteredForTheServiceLoader() {
        OperatorProvider<?> p = provider();
        OperatorProvider<?> loaded = OperatorRegistry.load().get(p.name(), Mark.of("contract test"));
        assertSame(p.getClass(), loaded.getClass(), context("'" + p.name() + "' is registered by " + loaded.getClass().getName()
                + "; list " + p.getClass().getName() + " in META-INF/services/ai.refinery.core.op.OperatorProvider"));
    }

    /** "[op_name, seed=N]: message", so a failure can be reproduced. */
    protected final String context(String message) {
        return "[" + provider().name() + ", seed=" + seed + " (rerun with -Drefinery.test.seed=" + seed + ")] " + message;
    }

    private List<Record> nonEmptySamples() {
        List<Record> s = samples();
        assertFalse(s == null || s.isEmpty(), context("samples() must give at least one record"));
        return new ArrayList<>(s);
    }

    private Operator roundTrip(Operator op) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(op);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (Operator) in.readObject();
            }
        } catch (NotSerializableException e) {
            return fail(context("the operator holds a non-serializable " + e.getMessage()
                    + "; keep only serializable state (or rebuild it in readObject)"), e);
        } catch (IOException | ClassNotFoundException e) {
            return fail(context("serialization failed: " + e), e);
        }
    }

    private static long chooseSeed() {
        Long fixed = Long.getLong("refinery.test.seed");
        return fixed != null ? fixed : new SplittableRandom().nextLong();
    }
}
