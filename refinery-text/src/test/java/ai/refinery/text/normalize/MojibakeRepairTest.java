package ai.refinery.text.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /**
     * What a browser that decodes UTF-8 bytes as windows-1252 shows: the five bytes windows-1252
     * leaves undefined become C1 controls (WHATWG), not U+FFFD as in Java's decoder, which loses them.
     */
    static String garble(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xFF;
            String c = new String(new byte[] {b}, CP1252);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) u) : c);
        }
        return out.toString();
    }

    @Test
    void repairsCommonMojibake() {
        assertThat(MojibakeRepair.apply("caf\u00c3\u00a9")).isEqualTo("caf\u00e9");
        assertThat(MojibakeRepair.apply(garble("It\u2019s \u201cquoted\u201d \u2014 na\u00efve"))).isEqualTo("It\u2019s \u201cquoted\u201d \u2014 na\u00efve");
        assertThat(MojibakeRepair.apply(garble("\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440"))).isEqualTo("\u041f\u0440\u0438\u0432\u0435\u0442 \u043c\u0438\u0440");
        assertThat(MojibakeRepair.apply(garble("smile \uD83D\uDE00"))).isEqualTo("smile \uD83D\uDE00");
        assertThat(MojibakeRepair.apply(garble("Price: 5\u00a0\u20ac"))).isEqualTo("Price: 5\u00a0\u20ac");
        // Latin-1 decoding leaves C1 controls where windows-1252 has punctuation
        String latin1 = new String("don\u2019t".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(MojibakeRepair.apply(latin1)).isEqualTo("don\u2019t");
        // mis-decoded twice
        assertThat(MojibakeRepair.apply(garble(garble("caf\u00e9")))).isEqualTo("caf\u00e9");
    }

    @Test
    void leavesLegitimateTextAlone() {
        for (String s : List.of("na\u00efve caf\u00e9 cr\u00e8me br\u00fbl\u00e9e", "S\u00c3O PAULO", "\u00c3", "A\u00c2 b",
                "CAF\u00c9\u00bb", "\u00c9T\u00c9 \u00ab chaud \u00bb", "\u00bfQu\u00e9 tal? \u00a1Hola!", "\u00d8resund \u00c5se",
                "Gr\u00fc\u00dfe aus K\u00f6ln", "1\u00bd cups, 20\u00b0C, \u00a9 2002", "\u00e9\u00a0\u00e9", "plain ascii")) {
            assertThat(MojibakeRepair.apply(s)).as(s).isSameAs(s);
        }
    }

    @Test
    void garbledRandomTextRoundTrips() {
        long seed = new SplittableRandom().nextLong();
        SplittableRandom rnd = new SplittableRandom(seed);
        String[] words = {"caf\u00e9", "\u00fcber", "ni\u00f1o", "\u2018q\u2019", "\u201cdq\u201d", "\u2014", "\u2026", "\u20ac5",
                "\u041c\u043e\u0441\u043a\u0432\u0430", "\u0391\u03b8\u03ae\u03bd\u03b1", "\u05e9\u05dc\u05d5\u05dd", "\u65e5\u672c",
                "\uD83D\uDE00", "plain", "text", "\u00e0", "\u00df"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(8);
            for (int k = 0; k < n; k++) sb.append(words[rnd.nextInt(words.length)]).append(' ');
            String original = sb.toString();
            String repaired = MojibakeRepair.apply(garble(original));
            assertThat(repaired).as("seed " + seed + ": " + original).isEqualTo(original);
            assertThat(MojibakeRepair.apply(original)).as("seed " + seed + ": clean text must stay: " + original).isEqualTo(original);
        }
    }

    @Test
    void legacyEightBitTextIsNotTakenForMojibake() {
        // Thai in TIS-620 read as windows-1252: some pairs happen to be valid UTF-8 ("Ã¡"), most are not
        String thai = new String("\u0e15\u0e31\u0e27\u0e2d\u0e22\u0e48\u0e32\u0e07 \u0e01\u0e32\u0e23\u0e40\u0e1b\u0e25\u0e35\u0e48\u0e22\u0e19"
                .getBytes(Charset.forName("TIS-620")), CP1252);
        assertThat(MojibakeRepair.apply(thai)).isSameAs(thai);
        // Thai in windows-874 (TIS-620 with curly quotes at 0x93/0x94): "ç" + "µ" + "”" would make a CJK character
        String thaiQuoted = new String("\u201c\u0e15\u0e31\u0e27\u0e47\u0e15\u201d".getBytes(Charset.forName("x-windows-874")), CP1252);
        assertThat(MojibakeRepair.apply(thaiQuoted)).isSameAs(thaiQuoted);
        // mixed text: only sequences that hardly occur by chance are repaired
        String mixed = "caf\u00c3\u00a9 and na\u00efve";
        assertThat(MojibakeRepair.apply(mixed)).isSameAs(mixed);
        assertThat(MojibakeRepair.apply("na\u00efve, Michael\u00e2\u20ac\u2122s \u00c3\u2030t\u00c3\u00a9"))
                .isEqualTo("na\u00efve, Michael\u2019s \u00c9t\u00c3\u00a9");
        // real Cyrillic next to mojibake is no obstacle
        assertThat(MojibakeRepair.apply("\u041c\u043e\u0441\u043a\u0432\u0430 caf\u00c3\u00a9")).isEqualTo("\u041c\u043e\u0441\u043a\u0432\u0430 caf\u00e9");
    }

    @Test
    void aLoneWeakSequenceIsNotEnoughButTwoAre() {
        // "ɻ" would come from É» — one such pair in French text is left alone, Cyrillic words have many
        assertThat(MojibakeRepair.apply("\u00c9\u00bb")).isEqualTo("\u00c9\u00bb");
        assertThat(MojibakeRepair.apply(garble("\u0434\u0430"))).isEqualTo("\u0434\u0430");
    }

    @Test
    void pathologicalInputIsLinear() {
        String legacy = "\u00c3".repeat(200_000) + "\u00c3\u00a9".repeat(200_000); // one run, not all UTF-8: left alone
        String garbled = "\u00c3\u00a9".repeat(300_000);
        long t0 = System.nanoTime();
        boolean legacyKept = MojibakeRepair.apply(legacy) == legacy;
        boolean garbledFixed = MojibakeRepair.apply(garbled).equals("\u00e9".repeat(300_000));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(legacyKept).isTrue();
        assertThat(garbledFixed).isTrue();
        assertThat(seconds).isLessThan(5.0);
    }
}
