package ai.refinery.text.quality;

import static ai.refinery.text.quality.Rules.distinctWords;
import static ai.refinery.text.quality.Rules.padTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule with its datatrove default, on texts just inside and just outside the threshold. */
class FineWebQualityFilterTest {
    private static final FineWebQualityFilter.Provider P = new FineWebQualityFilter.Provider();

    static String reason(String text, Object... settings) {
        return Rules.reason(P, text, settings);
    }

    /** {@code n} distinct lines of 8 words (47 characters), the first {@code punctuated} ending with a full stop. */
    static String lines(int n, int punctuated) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(distinctWords(i * 8, 8) + (i < punctuated ? "." : ""));
        return String.join("\n", out);
    }

    @Test
    void atLeastTwelvePercentOfLinesEndInTerminalPunctuation() {
        assertThat(reason(lines(25, 3))).isNull(); // 3 of 25
        assertThat(reason(lines(26, 3))).isEqualTo("fineweb_quality:line_punct_ratio"); // 3 of 26
        assertThat(reason(lines(25, 0))).isEqualTo("fineweb_quality:line_punct_ratio");
        assertThat(reason(lines(25, 0), "line_punct_exclude_zero", true)).isNull();
        assertThat(reason(lines(25, 3).replace(".", "!  "))).as("trailing white space is ignored").isNull();
    }

    /** 100 lines ending in a full stop: {@code shortOnes} of 30 characters, the others of 31. */
    static String shortLines(int shortOnes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) out.add(padTo(distinctWords(i, 1), i < shortOnes ? 29 : 30) + ".");
        return String.join("\n", out);
    }

    @Test
    void atMostSixtySevenPercentOfLinesOfThirtyCharactersOrFewer() {
        assertThat(reason(shortLines(67), "new_line_ratio", 1.0)).isNull();
        assertThat(reason(shortLines(68), "new_line_ratio", 1.0)).isEqualTo("fineweb_quality:short_line_ratio");
    }

    @Test
    void atMostOnePercentOfCharactersInRepeatedLines() {
        String dup = padTo("w0001", 9) + "."; // 10 characters
        String inside = dup + "\n" + dup + "\n" + padTo(distinctWords(10, 20), 979) + "."; // 10 of 1000
        assertThat(reason(inside)).isNull();
        String outside = dup + "\n" + dup + "\n" + padTo(distinctWords(10, 20), 978) + "."; // 10 of 999
        assertThat(reason(outside)).isEqualTo("fineweb_quality:char_dup_ratio");
    }

    @Test
    void atMostPointThreeLineFeedsPerToken() {
        String rest = "\ncccc dddd.\neeee ffff.\ngggg";
        assertThat(reason("aaaa bbbb." + rest, "short_line_thr", 1.0)).isNull(); // 3 / 10 tokens
        assertThat(reason("aaaa." + rest, "short_line_thr", 1.0)).isEqualTo("fineweb_quality:list_ratio"); // 3 / 9
    }

    @Test
    void textsWithoutLinesAreEmpty() {
        assertThat(reason("")).isEqualTo("fineweb_quality:empty");
        assertThat(reason(" \n\t\n")).isEqualTo("fineweb_quality:empty");
        assertThat(Rules.figures(P, "")).containsEntry("lines", 0L).containsEntry("reason", "empty");
    }
}
