package ai.refinery.core.io.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8Test {
    private static final long SEED = Long.getLong("refinery.test.seed", System.nanoTime());

    /** The offset at which the JDK's strict decoder reports malformed input, or -1. */
    private static int jdkFirstInvalid(byte[] b, int from, int to) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
        CharBuffer out = CharBuffer.allocate(2 * (to - from) + 4);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) return in.position();
        if (!r.isUnderflow()) throw new AssertionError("unexpected " + r);
        r = d.flush(out);
        if (r.isError()) return in.position();
        return -1;
    }

    private static int firstInvalid(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) b[i] = (byte) bytes[i];
        int ours = Utf8.firstInvalid(b, 0, b.length);
        assertThat(ours).as("JDK agrees on %s", HexFormat.ofDelimiter(" ").formatHex(b)).isEqualTo(jdkFirstInvalid(b, 0, b.length));
        return ours;
    }

    @Test
    void validTextIsValid() {
        for (String s : new String[] {"", "ascii", "é", "€uro", "日本語", "😀 emoji", "\u0000nul", "\u007F\u0080\u07FF\u0800\uFFFF", "\uD800\uDC00\uDBFF\uDFFF"}) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(Utf8.firstInvalid(b, 0, b.length)).as(s).isEqualTo(-1);
        }
    }

    @Test
    void classicInvalidSequences() {
        assertThat(firstInvalid(0xC0, 0x80)).as("overlong NUL").isEqualTo(0);
        assertThat(firstInvalid(0xC1, 0xBF)).as("overlong 2-byte").isEqualTo(0);
        assertThat(firstInvalid(0xE0, 0x80, 0x80)).as("overlong 3-byte").isEqualTo(0);
        assertThat(firstInvalid(0xE0, 0x9F, 0xBF)).as("overlong 3-byte, largest").isEqualTo(0);
        assertThat(firstInvalid(0xF0, 0x80, 0x80, 0x80)).as("overlong 4-byte").isEqualTo(0);
        assertThat(firstInvalid(0xF0, 0x8F, 0xBF, 0xBF)).as("overlong 4-byte, largest").isEqualTo(0);
        assertThat(firstInvalid(0xED, 0xA0, 0x80)).as("high surrogate").isEqualTo(0);
        assertThat(firstInvalid(0xED, 0xBF, 0xBF)).as("low surrogate").isEqualTo(0);
        assertThat(firstInvalid(0xF4, 0x90, 0x80, 0x80)).as("beyond U+10FFFF").isEqualTo(0);
        assertThat(firstInvalid(0xF5, 0x80, 0x80, 0x80)).as("lead byte F5").isEqualTo(0);
        assertThat(firstInvalid(0xFF)).isEqualTo(0);
        assertThat(firstInvalid(0xFE)).isEqualTo(0);
        assertThat(firstInvalid(0x80)).as("lone continuation").isEqualTo(0);
        assertThat(firstInvalid('a', 0xBF)).isEqualTo(1);
        assertThat(firstInvalid('a', 'b', 0xC3)).as("truncated 2-byte").isEqualTo(2);
        assertThat(firstInvalid('a', 0xE2, 0x82)).as("truncated 3-byte").isEqualTo(1);
        assertThat(firstInvalid(0xF0, 0x9F, 0x98)).as("truncated 4-byte").isEqualTo(0);
        assertThat(firstInvalid(0xE2, 0x82, 'x')).as("interrupted 3-byte").isEqualTo(0);
        assertThat(firstInvalid(0xC3, 0xA9, 0xC3, 0x28)).isEqualTo(2);
    }

    @Test
    void boundaryCodePointsAreValid() {
        assertThat(firstInvalid(0xC2, 0x80)).as("U+0080").isEqualTo(-1);
        assertThat(firstInvalid(0xDF, 0xBF)).as("U+07FF").isEqualTo(-1);
        assertThat(firstInvalid(0xE0, 0xA0, 0x80)).as("U+0800").isEqualTo(-1);
        assertThat(firstInvalid(0xED, 0x9F, 0xBF)).as("U+D7FF").isEqualTo(-1);
        assertThat(firstInvalid(0xEE, 0x80, 0x80)).as("U+E000").isEqualTo(-1);
        assertThat(firstInvalid(0xEF, 0xBF, 0xBF)).as("U+FFFF").isEqualTo(-1);
        assertThat(firstInvalid(0xF0, 0x90, 0x80, 0x80)).as("U+10000").isEqualTo(-1);
        assertThat(firstInvalid(0xF4, 0x8F, 0xBF, 0xBF)).as("U+10FFFF").isEqualTo(-1);
    }

    @Test
    void rangesAreRespected() {
        byte[] b = {(byte) 0xFF, 'a', (byte) 0xC3, (byte) 0xA9, 'b', (byte) 0xFF};
        assertThat(Utf8.firstInvalid(b, 1, 5)).isEqualTo(-1);
        assertThat(Utf8.firstInvalid(b, 0, 5)).isEqualTo(0);
        assertThat(Utf8.firstInvalid(b, 1, 6)).isEqualTo(5);
        assertThat(Utf8.firstInvalid(b, 1, 3)).as("sequence cut by the range end").isEqualTo(2);
        assertThat(Utf8.firstInvalid(b, 3, 5)).as("range starting on a continuation byte").isEqualTo(3);
        assertThat(Utf8.firstInvalid(b, 2, 2)).isEqualTo(-1);
    }

    @Test
    void agreesWithTheJdkOnRandomBytes() {
        Random rnd = new Random(SEED);
        for (int round = 0; round < 200_000; round++) {
            byte[] b = randomBytes(rnd);
            int from = b.length > 0 && rnd.nextInt(4) == 0 ? rnd.nextInt(b.length) : 0;
            int to = b.length > from && rnd.nextInt(4) == 0 ? from + rnd.nextInt(b.length - from + 1) : b.length;
            int ours = Utf8.firstInvalid(b, from, to);
            int jdk = jdkFirstInvalid(b, from, to);
            if (ours != jdk) {
                assertThat(ours).as("seed=%d round %d bytes [%s] range %d..%d", SEED, round,
                        HexFormat.ofDelimiter(" ").formatHex(b), from, to).isEqualTo(jdk);
            }
        }
    }

    /** Mostly valid text with sprinkled damage, so that both valid and invalid paths are exercised deep in the array. */
    private static byte[] randomBytes(Random rnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = rnd.nextInt(12);
        for (int p = 0; p < pieces; p++) {
            switch (rnd.nextInt(8)) {
                case 0: out.write(rnd.nextInt(256)); break; // any byte
                case 1: out.write(0x80 + rnd.nextInt(0x40)); break; // continuation
                case 2: out.write(0xC0 + rnd.nextInt(0x40)); break; // any lead byte
                case 3: { // a random lead byte with random continuations
                    out.write(0xC0 + rnd.nextInt(0x40));
                    for (int k = rnd.nextInt(4); k > 0; k--) out.write(0x80 + rnd.nextInt(0x40));
                    break;
                }
                case 4: out.write(rnd.nextInt(0x80)); break; // ASCII
                default: { // a valid code point, possibly truncated
                    int cp;
                    do {
                        int range = rnd.nextInt(4);
                        cp = range == 0 ? rnd.nextInt(0x80) : range == 1 ? 0x80 + rnd.nextInt(0x780)
                                : range == 2 ? 0x800 + rnd.nextInt(0xF800) : 0x10000 + rnd.nextInt(0x100000);
                    } while (cp >= 0xD800 && cp <= 0xDFFF);
                    byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                    int n = rnd.nextInt(6) == 0 ? rnd.nextInt(enc.length + 1) : enc.length;
                    out.write(enc, 0, n);
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void agreesWithTheJdkOnAllShortSequences() {
        // every 1- and 2-byte array, and every 3-byte array starting with a multi-byte lead
        byte[] one = new byte[1];
        for (int a = 0; a < 256; a++) {
            one[0] = (byte) a;
            assertThat(Utf8.firstInvalid(one, 0, 1)).as("%02x", a).isEqualTo(jdkFirstInvalid(one, 0, 1));
        }
        byte[] two = new byte[2];
        byte[] three = new byte[3];
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                two[0] = (byte) a;
                two[1] = (byte) b;
                int ours = Utf8.firstInvalid(two, 0, 2);
                if (ours != jdkFirstInvalid(two, 0, 2)) assertThat(ours).as("%02x %02x", a, b).isEqualTo(jdkFirstInvalid(two, 0, 2));
                if (a < 0xE0) continue;
                for (int c = 0x70; c < 0xD0; c++) {
                    three[0] = (byte) a;
                    three[1] = (byte) b;
                    three[2] = (byte) c;
                    ours = Utf8.firstInvalid(three, 0, 3);
                    int jdk = jdkFirstInvalid(three, 0, 3);
                    if (ours != jdk) assertThat(ours).as("%02x %02x %02x", a, b, c).isEqualTo(jdk);
                }
            }
        }
    }
}
