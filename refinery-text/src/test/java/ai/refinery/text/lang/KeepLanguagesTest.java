package ai.refinery.text.lang;

import static ai.refinery.text.lang.KeepLanguagesContractTest.doc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.record.Record;
import ai.refinery.core.testkit.ConfigMaps;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeepLanguagesTest {
    private static KeepLanguages keep(Map<String, ?> settings) {
        return new KeepLanguages(ConfigMaps.bind(new KeepLanguages.Provider(), settings));
    }

    @Test
    void keepsListedLanguagesAboveTheThreshold() {
        KeepLanguages op = keep(Map.of("languages", List.of("EN", " de ")));
        assertThat(op.dropReason(doc("a", "en", 0.65))).isNull();
        assertThat(op.dropReason(doc("b", "de", 1.0))).isNull();
        assertThat(op.dropReason(doc("c", "en", 0.6499))).isEqualTo("language:low_score");
        assertThat(op.dropReason(doc("d", "fr", 0.99))).isEqualTo("language:not_kept");
        assertThat(op.dropReason(doc("e", "und", 0.0))).isEqualTo("language:not_kept");
    }

    @Test
    void undeterminedIsKeptOnlyWhenListedAndWhateverItsScore() {
        KeepLanguages op = keep(Map.of("languages", List.of("und", "en"), "min_score", 0.9));
        assertThat(op.dropReason(doc("a", "und", 0.0))).isNull();
        assertThat(op.dropReason(doc("b", "en", 0.5))).isEqualTo("language:low_score");
    }

    @Test
    void aRecordWithoutLanguageIdSaysWhichStepIsMissing() {
        KeepLanguages op = keep(Map.of("languages", List.of("en")));
        Record bare = Record.builder("x").set("text", "hello").build();
        assertThatThrownBy(() -> op.dropReason(bare)).hasMessageContaining("put language_id before keep_languages");
        Record noScore = bare.withMeta("language", "en");
        assertThatThrownBy(() -> op.dropReason(noScore)).hasMessageContaining("no numeric meta.language_score");
    }

    @Test
    void unknownCodesGetASuggestion() {
        assertThatThrownBy(() -> keep(Map.of("languages", List.of("eb"))))
                .hasMessageContaining("'eb'").hasMessageContaining("known codes");
    }
}
