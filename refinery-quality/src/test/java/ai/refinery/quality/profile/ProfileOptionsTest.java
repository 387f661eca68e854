package ai.refinery.quality.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileOptionsTest {
    @Test
    void defaultsAreThoseOfTheDesign() {
        ProfileOptions o = ProfileOptions.defaults();

        assertThat(o.columns()).isNull();
        assertThat(o.patterns()).isEmpty();
        assertThat(o.labelColumn()).isNull();
        assertThat(o.histogramBins()).isEqualTo(20);
        assertThat(o.topValues()).isEqualTo(20);
        assertThat(o.exactDistinctLimit()).isEqualTo(1024);
        assertThat(o.kllK()).isEqualTo(200);
        assertThat(o.hllLgK()).isEqualTo(12);
        assertThat(o.maxColumns()).isEqualTo(200);
        assertThat(o.maxCorrelationColumns()).isEqualTo(32);
    }

    @Test
    void anInvalidRegexIsRejectedNamingThePattern() {
        assertThatThrownBy(() -> ProfileOptions.defaults().withPatterns(Map.of("zip", "[0-9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'zip'").hasMessageContaining("[0-9");
    }

    @Test
    void sizesOutOfRangeAreRejectedNamingTheSetting() {
        assertThatThrownBy(() -> new ProfileOptions(null, null, null, 0, 20, 1024, 200, 12, 200, 32))
                .hasMessageContaining("histogramBins");
        assertThatThrownBy(() -> new ProfileOptions(null, null, null, 20, 20, 1024, 4, 12, 200, 32))
                .hasMessageContaining("kllK");
        assertThatThrownBy(() -> new ProfileOptions(null, null, null, 20, 20, 1024, 200, 30, 200, 32))
                .hasMessageContaining("hllLgK");
        assertThatThrownBy(() -> ProfileOptions.defaults().withMaxColumns(0)).hasMessageContaining("maxColumns");
        assertThatThrownBy(() -> ProfileOptions.defaults().withLabelColumn("")).hasMessageContaining("labelColumn");
    }
}
