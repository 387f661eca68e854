package ai.refinery.core.io.files;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a file's bytes in a charset, either stopping at the first bad byte or replacing bad sequences. */
final class TextDecoder {
    /**
     * @param text            the text (null when stopped)
     * @param malformedOffset the byte offset of the first bad sequence when stopped, else -1
     * @param replaced        how many bad sequences became U+FFFD
     */
    record Decoded(String text, long malformedOffset, int replaced) {}

    private TextDecoder() {}

    static Decoded decode(byte[] bytes, Charset charset, boolean replace) {
        int start = charset.equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0; // a BOM is not part of the text
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1));
        int replaced = 0;
        boolean flushed = false;
        while (true) {
            CoderResult r = flushed ? decoder.flush(out) : decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                if (flushed) break;
                flushed = true;
                continue;
            }
            if (r.isOverflow()) { // only when a charset decodes to more chars than it promised
                CharBuffer bigger = CharBuffer.allocate(Math.max(out.capacity() * 2, 16));
                out.flip();
                out = bigger.put(out);
                continue;
            }
            if (!replace) return new Decoded(null, in.position(), 0);
            if (!out.hasRemaining()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() + 16);
                out.flip();
                out = bigger.put(out);
            }
            out.put('\uFFFD');
            in.position(in.position() + r.length());
            replaced++;
        }
        out.flip();
        return new Decoded(out.toString(), -1, replaced);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }
}
