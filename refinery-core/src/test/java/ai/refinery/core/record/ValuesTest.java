package ai.refinery.core.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ValuesTest {

    @Test
    void canonicalValuesArePassedThroughUnchanged() {
        byte[] bytes = {1};
        float[] floats = {1f};
        assertThat(Values.normalize(null)).isNull();
        assertThat(Values.normalize("s")).isEqualTo("s");
        assertThat(Values.normalize(3L)).isEqualTo(3L);
        assertThat(Values.normalize(2.5)).isEqualTo(2.5);
        assertThat(Values.normalize(true)).isEqualTo(true);
        assertThat(Values.normalize(bytes)).isSameAs(bytes);
        assertThat(Values.normalize(floats)).isSameAs(floats);
    }

    @Test
    void smallIntegersBecomeLongAndFloatsDouble() {
        assertThat(Values.normalize(Integer.MIN_VALUE)).isInstanceOf(Long.class).isEqualTo((long) Integer.MIN_VALUE);
        assertThat(Values.normalize((short) -3)).isInstanceOf(Long.class).isEqualTo(-3L);
        assertThat(Values.normalize((byte) 127)).isInstanceOf(Long.class).isEqualTo(127L);
        assertThat(Values.normalize(0.1f)).isInstanceOf(Double.class).isEqualTo((double) 0.1f);
        assertThat(Values.normalize(new StringBuilder("ab"))).isInstanceOf(String.class).isEqualTo("ab");
    }

    @Test
    void nestedListsAndMapsAreNormalizedAndUnmodifiable() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("i", 1);
        inner.put("f", 2f);
        inner.put("nil", null);
        List<Object> in = new ArrayList<>(Arrays.asList(1, List.of((short) 2, inner), null));

        @SuppressWarnings("unchecked")
        List<Object> out = (List<Object>) Values.normalize(in);
        assertThat(out).hasSize(3);
        assertThat(out.get(0)).isEqualTo(1L);
        assertThat(out.get(2)).isNull();
        @SuppressWarnings("unchecked")
        List<Object> l2 = (List<Object>) out.get(1);
        assertThat(l2.get(0)).isEqualTo(2L);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) l2.get(1);
        assertThat(m).containsExactly(Map.entry("i", 1L), Map.entry("f", 2.0d), new java.util.AbstractMap.SimpleEntry<>("nil", null));

        assertThatThrownBy(() -> out.add(1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> out.set(0, 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l2.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.put("x", 1L)).isInstanceOf(UnsupportedOperationException.class);

        in.set(0, 99);
        inner.put("i", 99);
        assertThat(out.get(0)).isEqualTo(1L);
        assertThat(m.get("i")).isEqualTo(1L);
    }

    @Test
    void normalizingANormalizedListIsIdempotent() {
        Object once = Values.normalize(List.of(1, 2));
        assertThat(Values.normalize(once)).isSameAs(once);
        Object map = Values.normalize(Map.of("a", List.of(1)));
        assertThat(Values.equal(Values.normalize(map), map)).isTrue();
    }

    @Test
    void unsupportedTypesAreRejectedWithAClearMessage() {
        assertThatThrownBy(() -> Values.normalize(new java.util.Date()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported field value type java.util.Date; supported: string, long, double, boolean, bytes, float_vector, list, map");
        assertThatThrownBy(() -> Values.normalize(java.math.BigInteger.TEN)).hasMessageContaining("java.math.BigInteger");
        assertThatThrownBy(() -> Values.normalize('c')).hasMessageContaining("java.lang.Character");
        assertThatThrownBy(() -> Values.normalize(new double[] {1})).hasMessageContaining("unsupported field value type");
        assertThatThrownBy(() -> Values.normalize(Map.of("k", List.of(new Object()))))
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> Values.normalize(java.util.Set.of("a"))).hasMessageContaining("unsupported field value type");
    }

    @Test
    void mapKeysMustBeStrings() {
        Map<Object, Object> m = new HashMap<>();
        m.put(1, "one");
        assertThatThrownBy(() -> Values.normalize(m))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("map keys must be strings, got 1");
    }

    @Test
    void mapOrderIsKept() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : List.of("z", "a", "m", "b")) m.put(k, k);
        @SuppressWarnings("unchecked")
        Map<String, Object> out = (Map<String, Object>) Values.normalize(m);
        assertThat(out.keySet()).containsExactly("z", "a", "m", "b");
    }

    @Test
    void equalComparesArraysByContentAtAnyDepth() {
        assertThat(Values.equal(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
        assertThat(Values.equal(new byte[] {1, 2}, new byte[] {1})).isFalse();
        assertThat(Values.equal(new float[] {1f, Float.NaN}, new float[] {1f, Float.NaN})).isTrue();
        assertThat(Values.equal(new float[] {1f}, new byte[] {1})).isFalse();
        assertThat(Values.equal(List.of(new byte[] {1}), List.of(new byte[] {1}))).isTrue();
        assertThat(Values.equal(List.of(new byte[] {1}), List.of(new byte[] {2}))).isFalse();
        assertThat(Values.equal(List.of(1L), List.of(1L, 2L))).isFalse();
        assertThat(Values.equal(Map.of("a", new float[] {1f}), Map.of("a", new float[] {1f}))).isTrue();
        assertThat(Values.equal(Map.of("a", new float[] {1f}), Map.of("b", new float[] {1f}))).isFalse();
        assertThat(Values.equal(Map.of("a", 1L), Map.of("a", 1L, "b", 2L))).isFalse();
        assertThat(Values.equal(null, null)).isTrue();
        assertThat(Values.equal(null, 1L)).isFalse();
        assertThat(Values.equal(1L, null)).isFalse();
        assertThat(Values.equal(1L, 1.0)).isFalse();
        assertThat(Values.equal(List.of(1L), Map.of("0", 1L))).isFalse();
    }

    @Test
    void equalMapsIgnoreOrderAndDistinguishNullFromAbsent() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", 1L);
        a.put("y", null);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("y", null);
        b.put("x", 1L);
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("x", 1L);
        c.put("z", null);
        assertThat(Values.equal(a, b)).isTrue();
        assertThat(Values.hash(a)).isEqualTo(Values.hash(b));
        assertThat(Values.equal(a, c)).isFalse();
    }

    @Test
    void equalValuesHaveEqualHashes() {
        long seed = Long.getLong("refinery.test.seed", System.nanoTime());
        Random rnd = new Random(seed);
        for (int i = 0; i < 500; i++) {
            long s = rnd.nextLong();
            Object x = randomValue(new Random(s), 3);
            Object y = randomValue(new Random(s), 3);
            assertThat(Values.equal(x, y)).as("seed=%d value %d: %s", seed, i, Values.toDisplayString(x)).isTrue();
            assertThat(Values.hash(x)).as("seed=%d value %d", seed, i).isEqualTo(Values.hash(y));
        }
    }

    private static Object randomValue(Random r, int depth) {
        int kind = r.nextInt(depth > 0 ? 9 : 7);
        switch (kind) {
            case 0: return null;
            case 1: return Long.toString(r.nextLong(), 36);
            case 2: return r.nextLong();
            case 3: return r.nextDouble();
            case 4: return r.nextBoolean();
            case 5: { byte[] b = new byte[r.nextInt(5)]; r.nextBytes(b); return b; }
            case 6: { float[] f = new float[r.nextInt(4)]; for (int i = 0; i < f.length; i++) f[i] = r.nextFloat(); return f; }
            case 7: {
                List<Object> l = new ArrayList<>();
                for (int i = r.nextInt(4); i > 0; i--) l.add(randomValue(r, depth - 1));
                return Values.normalize(l);
            }
            default: {
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = r.nextInt(4); i > 0; i--) m.put("k" + r.nextInt(10), randomValue(r, depth - 1));
                return Values.normalize(m);
            }
        }
    }

    @Test
    void hashOfArraysIsByContent() {
        assertThat(Values.hash(new byte[] {1, 2})).isEqualTo(Values.hash(new byte[] {1, 2}));
        assertThat(Values.hash(new float[] {1f, 2f})).isEqualTo(Values.hash(new float[] {1f, 2f}));
        assertThat(Values.hash(List.of(new byte[] {3}))).isEqualTo(Values.hash(List.of(new byte[] {3})));
        assertThat(Values.hash(null)).isZero();
    }

    @Test
    void displayStringOfArrays() {
        assertThat(Values.toDisplayString(new byte[10])).isEqualTo("bytes[10]");
        assertThat(Values.toDisplayString(new float[] {1f, 2.5f})).isEqualTo("[1.0, 2.5]");
        assertThat(Values.toDisplayString(null)).isEqualTo("null");
        assertThat(Values.toDisplayString(List.of(1L, "a"))).isEqualTo("[1, a]");
    }
}
