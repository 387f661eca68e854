package ai.refinery.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("fields", "field", "on_error", "case_insensitive", "max_line_bytes", "where");

    @Test
    void distanceCountsEditsAndAdjacentTranspositionsAsOne() {
        assertThat(Suggestions.distance("", "")).isZero();
        assertThat(Suggestions.distance("abc", "abc")).isZero();
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("feilds", "fields")).isEqualTo(1);
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("abcd", "badc")).isEqualTo(2);
        assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3); // optimal string alignment, not Damerau
    }

    @Test
    void distanceIsSymmetric() {
        List<String> words = List.of("", "a", "ab", "ba", "fields", "feilds", "filter", "sample", "select_fields", "on_error");
        for (String a : words) {
            for (String b : words) {
                assertThat(Suggestions.distance(a, b)).as("%s / %s", a, b).isEqualTo(Suggestions.distance(b, a));
            }
        }
    }

    @Test
    void closestFindsTypos() {
        assertThat(Suggestions.closest("feilds", KEYS)).isEqualTo("fields");
        assertThat(Suggestions.closest("fiels", KEYS)).isIn("fields", "field");
        assertThat(Suggestions.closest("on_eror", KEYS)).isEqualTo("on_error");
        assertThat(Suggestions.closest("wehre", KEYS)).isEqualTo("where");
        assertThat(Suggestions.closest("max_lien_bytes", KEYS)).isEqualTo("max_line_bytes");
        assertThat(Suggestions.closest("caseinsensitive", KEYS)).isEqualTo("case_insensitive");
    }

    @Test
    void closestIgnoresCaseButReturnsTheCandidateAsWritten() {
        assertThat(Suggestions.closest("WHERE", KEYS)).isEqualTo("where");
        assertThat(Suggestions.closest("fields", List.of("Fields"))).isEqualTo("Fields");
    }

    @Test
    void exactMatchWins() {
        assertThat(Suggestions.closest("field", KEYS)).isEqualTo("field");
        assertThat(Suggestions.closest("fields", KEYS)).isEqualTo("fields");
    }

    @Test
    void noSuggestionWhenTooFar() {
        assertThat(Suggestions.closest("xyz", KEYS)).isNull();
        assertThat(Suggestions.closest("completely_unrelated", KEYS)).isNull();
        assertThat(Suggestions.closest("anything", List.of())).isNull();
        assertThat(Suggestions.didYouMean("xyz", KEYS)).isEmpty();
    }

    @Test
    void allowedDistanceGrowsWithTheLength() {
        // short words: at most 2 edits
        assertThat(Suggestions.closest("ab", Set.of("cd"))).isEqualTo("cd");
        assertThat(Suggestions.closest("abc", Set.of("xyz"))).isNull();
        // 12 letters: up to 4 edits
        assertThat(Suggestions.closest("abcdefghijkl", Set.of("abcdefghWXYZ"))).isEqualTo("abcdefghWXYZ");
        assertThat(Suggestions.closest("abcdefghijkl", Set.of("abcdefgVWXYZ"))).isNull();
    }

    @Test
    void didYouMeanFormatsTheSuggestion() {
        assertThat(Suggestions.didYouMean("feilds", KEYS)).isEqualTo(" (did you mean 'fields'?)");
    }
}
