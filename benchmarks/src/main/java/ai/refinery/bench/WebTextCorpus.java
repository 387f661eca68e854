package ai.refinery.bench;

import ai.refinery.text.data.SpamAssassinDataset;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.github.luben.zstd.ZstdOutputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a benchmark corpus for the web-text chain: JSONL.zst, one raw RFC-822 mail a line in the
 * field {@code raw}, at least {@code megabytes} MB of mail text, grown from the real SpamAssassin
 * mails with a seed. One mail in five is a real mail as it is (HTML, MIME, base64, broken charsets
 * and all; these repeat, so exact dedup has work); the others are new plain-text mails whose bodies
 * are 2 to 10 paragraphs drawn from the real ham and spam bodies, 2% of their words replaced, so
 * they are mostly distinct documents that language ID, the quality rules and MinHash must each
 * look at, with near-duplicates among them where paragraphs repeat.
 *
 * <p>Usage: {@code WebTextCorpus <out.jsonl.zst> <megabytes> [seed]}. Prints the mail bytes written.
 */
public final class WebTextCorpus {
    private WebTextCorpus() {}

    public static void main(String[] args) throws IOException {
        Path out = Paths.get(args[0]);
        long target = (long) (Double.parseDouble(args[1]) * 1e6);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 5;
        Path dir = SpamAssassinDataset.corpusDirectory(System.err::println);
        List<String> mails = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                mails.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        List<String> paragraphs = plainParagraphs(mails);
        List<String> words = new ArrayList<>();
        for (String p : paragraphs) for (String w : p.split("\\s+")) if (w.length() > 2 && words.size() < 200_000) words.add(w);
        SplittableRandom rnd = new SplittableRandom(seed);
        long written = 0;
        long docs = 0;
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = new ZstdOutputStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 20));
             JsonGenerator g = new JsonFactory().createGenerator(os)) {
            while (written < target) {
                String mail = rnd.nextInt(5) == 0 ? mails.get(rnd.nextInt(mails.size())) : synthetic(rnd, mails, paragraphs, words, docs);
                g.writeStartObject();
                g.writeStringField("raw", mail);
                g.writeEndObject();
                g.writeRaw('\n');
                written += mail.getBytes(StandardCharsets.UTF_8).length;
                docs++;
            }
        }
        System.out.printf(Locale.ROOT, "%d mails, %d bytes of mail text, %s%n", docs, written, out);
    }

    private static String synthetic(SplittableRandom rnd, List<String> mails, List<String> paragraphs, List<String> words, long n) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("From: user").append(rnd.nextInt(50_000)).append("@example.org\n");
        sb.append("To: list@example.org\n");
        sb.append("Subject: ").append(subject(mails.get(rnd.nextInt(mails.size())))).append('\n');
        sb.append("Date: Mon, 2 Sep 2002 ").append(10 + rnd.nextInt(10)).append(":").append(10 + rnd.nextInt(50)).append(":00 +0000\n");
        sb.append("Message-ID: <").append(n).append("@bench.example.org>\n");
        sb.append("Content-Type: text/plain; charset=utf-8\n\n");
        int k = 2 + rnd.nextInt(9);
        for (int i = 0; i < k; i++) {
            String[] w = paragraphs.get(rnd.nextInt(paragraphs.size())).split(" ");
            for (int j = 0; j < w.length; j++) {
                if (j > 0) sb.append(' ');
                sb.append(rnd.nextInt(50) == 0 ? words.get(rnd.nextInt(words.size())) : w[j]);
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    private static String subject(String mail) {
        for (String line : mail.split("\n", 60)) {
            if (line.regionMatches(true, 0, "Subject:", 0, 8)) return line.substring(8).strip();
        }
        return "hello";
    }

    /** Paragraphs (blank-line separated, 40+ characters) of the bodies of single-part plain-text mails. */
    private static List<String> plainParagraphs(List<String> mails) {
        List<String> out = new ArrayList<>();
        for (String m : mails) {
            int body = m.indexOf("\n\n");
            if (body < 0) continue;
            String head = m.substring(0, body).toLowerCase(Locale.ROOT);
            if (head.contains("content-type:") && !head.contains("content-type: text/plain")) continue;
            if (head.contains("content-transfer-encoding: base64") || head.contains("quoted-printable")) continue;
            for (String p : m.substring(body + 2).split("\n\\s*\n")) {
                String t = p.strip();
                if (t.length() >= 40) out.add(t);
            }
        }
        return out;
    }
}
