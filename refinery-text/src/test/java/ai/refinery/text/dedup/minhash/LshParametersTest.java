package ai.refinery.text.dedup.minhash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class LshParametersTest {

    @Test
    void areasMatchHandComputedIntegrals() {
        // b = r = 1: P(s) = s, FP = t²/2, FN = (1 − t)²/2
        assertThat(LshParameters.falsePositiveArea(0.8, 1, 1)).isCloseTo(0.32, offset(1e-9));
        assertThat(LshParameters.falseNegativeArea(0.8, 1, 1)).isCloseTo(0.02, offset(1e-9));
        // b = 1, r = 2: FP = t³/3 = 0.170667, FN = (1 − t) − (1 − t³)/3 = 0.037333
        assertThat(LshParameters.falsePositiveArea(0.8, 1, 2)).isCloseTo(0.512 / 3, offset(1e-9));
        assertThat(LshParameters.falseNegativeArea(0.8, 1, 2)).isCloseTo(0.2 - 0.488 / 3, offset(1e-9));
        // b = 2, r = 1: P = 2s − s², FP = t² − t³/3 = 0.469333, FN = (1 − t)³/3 = 0.002667
        assertThat(LshParameters.falsePositiveArea(0.8, 2, 1)).isCloseTo(0.64 - 0.512 / 3, offset(1e-9));
        assertThat(LshParameters.falseNegativeArea(0.8, 2, 1)).isCloseTo(0.008 / 3, offset(1e-9));
    }

    @Test
    void optimizerPicksTheSmallestWeightedError() {
        // errors for t = 0.8 and 2 permutations: 1x1 0.17, 1x2 0.104, 2x1 0.236 (see above)
        assertThat(LshParameters.optimal(0.8, 2)).isEqualTo(new LshParameters(1, 2));
        // t = 0.5: all three have error 0.125 exactly; the first one (b = 1, r = 1) wins the tie
        assertThat(LshParameters.optimal(0.5, 2)).isEqualTo(new LshParameters(1, 1));
        // weighting false negatives only: the most bands with one row
        assertThat(LshParameters.optimal(0.8, 2, 0, 1)).isEqualTo(new LshParameters(2, 1));
    }

    @Test
    void optimalBandingForCommonSettingsPutsTheCurveNearTheThreshold() {
        for (double t : new double[] {0.5, 0.7, 0.8, 0.9}) {
            for (int k : new int[] {112, 128, 256}) {
                LshParameters p = LshParameters.optimal(t, k);
                assertThat(p.numPerm()).isLessThanOrEqualTo(k);
                assertThat(p.approximateThreshold()).as("t %.2f k %d: %s", t, k, p).isCloseTo(t, offset(0.12));
                assertThat(p.candidateProbability(Math.min(1, t + 0.1))).as("%s", p).isGreaterThan(0.8);
                assertThat(p.candidateProbability(t - 0.1)).as("%s", p).isLessThan(0.25);
            }
        }
        // datasketch's MinHashLSH(threshold=0.8, num_perm=128) reports b = 9, r = 13
        assertThat(LshParameters.optimal(0.8, 128)).isEqualTo(new LshParameters(9, 13));
        assertThat(LshParameters.optimal(0.8, 112)).isEqualTo(new LshParameters(9, 12));
    }

    @Test
    void datatroveDefaultIsExplicit() {
        assertThat(LshParameters.DATATROVE.bands()).isEqualTo(14);
        assertThat(LshParameters.DATATROVE.rows()).isEqualTo(8);
        assertThat(LshParameters.DATATROVE.numPerm()).isEqualTo(112);
        // 1 − (1 − 0.8^8)^14
        assertThat(LshParameters.DATATROVE.candidateProbability(0.8)).isCloseTo(1 - Math.pow(1 - Math.pow(0.8, 8), 14), offset(1e-12));
        assertThat(LshParameters.DATATROVE.toString()).isEqualTo("14 bands x 8 rows");
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new LshParameters(0, 8)).hasMessageContaining("got 0 x 8");
        assertThatThrownBy(() -> LshParameters.optimal(1.0, 128)).hasMessageContaining("threshold must be in (0, 1), got 1.0");
        assertThatThrownBy(() -> LshParameters.optimal(0.5, 128, 0, 0)).hasMessageContaining("not both 0");
    }
}
