package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureStoreTest {

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 32, 64})
    void keepsTheLowBitsOfEveryValueAndSurvivesARoundTrip(int bits) throws IOException {
        SplittableRandom random = new SplittableRandom(bits);
        int numPerm = 37; // not a multiple of the values per word
        SignatureStore store = new SignatureStore(numPerm, bits);
        long[][] sigs = new long[20_000][];
        for (int d = 0; d < sigs.length; d++) {
            sigs[d] = new long[numPerm];
            if (d % 1000 == 7) {
                java.util.Arrays.fill(sigs[d], MinHasher.EMPTY);
            } else {
                for (int i = 0; i < numPerm; i++) {
                    sigs[d][i] = random.nextLong(MinHasher.PRIME);
                }
            }
            assertThat(store.add(sigs[d])).isEqualTo(d);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        store.writeTo(bytes);
        SignatureStore copy = SignatureStore.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
        long mask = bits == 64 ? -1L : (1L << bits) - 1;
        for (SignatureStore s : new SignatureStore[] {store, copy}) {
            assertThat(s.size()).isEqualTo(sigs.length);
            assertThat(s.bitsPerValue()).isEqualTo(bits);
            for (int d = 0; d < sigs.length; d += 37) {
                assertThat(s.isEmpty(d)).isEqualTo(d % 1000 == 7);
                for (int i = 0; i < numPerm; i++) {
                    assertThat(s.value(d, i)).isEqualTo(s.isEmpty(d) ? 0 : sigs[d][i] & mask);
                }
                assertThat(s.bandKey(d, 2, 5)).isEqualTo(store.bandKey(d, 2, 5));
            }
        }
    }

    @Test
    void defaultStoreFitsTenMillionDocumentsInFourGigabytes() {
        assertThat(SignatureStore.bytesPerDocument(112, SignatureStore.DEFAULT_BITS)).isEqualTo(224);
        assertThat(10_000_000L * SignatureStore.bytesPerDocument(112, 16)).isLessThan(2_500_000_000L);
        SignatureStore store = new SignatureStore(112);
        store.add(new long[112]);
        assertThat(store.bytesUsed()).isEqualTo(16384L * 224 + 16384 / 8);
    }

    @Test
    void estimatedJaccardCorrectsForChanceAgreementOfShortValues() {
        SignatureStore store = new SignatureStore(1000, 8);
        SplittableRandom random = new SplittableRandom(1);
        long[] x = new long[1000];
        long[] y = new long[1000];
        for (int i = 0; i < 1000; i++) {
            x[i] = random.nextLong(MinHasher.PRIME);
            y[i] = i < 500 ? x[i] : random.nextLong(MinHasher.PRIME);
        }
        store.add(x);
        store.add(y);
        // 500 equal, about 500/256 more by chance: the corrected estimate is close to 0.5
        assertThat(store.estimatedJaccard(0, 1)).isBetween(0.49, 0.51);
        assertThat(store.equalValues(0, 1, 1000)).isGreaterThanOrEqualTo(500);
    }

    @Test
    void rejectsForeignDataAndWrongSizes() {
        assertThatThrownBy(() -> SignatureStore.readFrom(new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 0, 0, 0, 1})))
                .isInstanceOf(IOException.class).hasMessageContaining("not a signature store: magic 0x01020304");
        assertThatThrownBy(() -> new SignatureStore(8).add(new long[7])).hasMessageContaining("has 7 values, the store holds 8");
        assertThatThrownBy(() -> new SignatureStore(8, 12)).hasMessageContaining("8, 16, 32 or 64, got 12");
        assertThatThrownBy(() -> new SignatureStore(8).value(0, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
