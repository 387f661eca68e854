package ai.refinery.text.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListTest {
    @Test
    void matchesWholeTokensIgnoringCase() {
        WordList list = WordList.of(List.of("zonk", "Blue Moon", "s&m"));
        assertThat(list.size()).isEqualTo(3);
        assertThat(list.matchesAny(Tokens.of("a ZONK here"))).isTrue();
        assertThat(list.matchesAny(Tokens.of("zonking and bizonk"))).isFalse();
        assertThat(list.matchesAny(Tokens.of("under a blue\n  moon"))).isTrue();
        assertThat(list.matchesAny(Tokens.of("blue, moon"))).isFalse();
        assertThat(list.matchesAny(Tokens.of("S&M club"))).isTrue();
        assertThat(list.countMatches(Tokens.of("zonk zonk blue moon"))).isEqualTo(3);
    }

    @Test
    void singleTokenLookup() {
        WordList list = WordList.of(List.of("the", "of"));
        Tokens t = Tokens.of("The end of it");
        assertThat(list.containsToken(t, 0)).isTrue();
        assertThat(list.containsToken(t, 1)).isFalse();
        assertThat(list.containsToken(t, 2)).isTrue();
    }

    @Test
    void readsFilesWithCommentsAndIgnoresBlankEntries(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("words.txt");
        Files.writeString(f, "# comment\n\nzonk\n  spaced out  \n");
        WordList list = WordList.fromFile(f);
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.matchesAny(Tokens.of("all spaced  out"))).isTrue();
        assertThat(WordList.of(List.of(" ", "")).size()).isZero();
        assertThat(WordList.of(List.of()).matchesAny(Tokens.of("anything"))).isFalse();
    }
}
