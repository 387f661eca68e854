package ai.refinery.quality.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.quality.report.chart.PngRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class RunReportPageTest {
    @TempDir
    Path tmp;

    private static final List<String> ALL_SECTIONS =
            List.of("expectations", "funnel", "drops", "profile", "text", "dropped", "quarantined", "changed", "train", "evaluate", "files");

    @Test
    void exampleRunHasTheSectionsItsDataSupports() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        Path page = RunReportPage.write(dir);

        assertThat(page).isEqualTo(dir.resolve("report.html"));
        Document doc = Fixtures.parse(Files.readString(page));
        assertThat(sectionIds(doc)).containsExactly("expectations", "funnel", "drops", "profile", "dropped", "quarantined", "changed",
                "files");
        assertThat(tocTargets(doc)).containsExactly("#summary", "#expectations", "#funnel", "#drops", "#profile", "#dropped",
                "#quarantined", "#changed", "#files");
        assertThat(Fixtures.byId(doc, "summary").getTextContent()).contains("example-reviews", "✓ Succeeded", "20261128T232913Z-6e8ba4",
                "2026-11-28 23:29:13 UTC", "0.079 s", "local, 2 threads, batches of 1,000");
    }

    @Test
    void funnelShowsRecordsAfterEachStepWithDropsAndQuarantine() throws Exception {
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(Fixtures.copy("example", tmp))));
        Element funnel = Fixtures.byId(doc, "chart-funnel");
        List<String> texts = Fixtures.all(funnel, "text").stream().map(Element::getTextContent).toList();
        assertThat(texts).containsSubsequence("records read", "61 · 1 quarantined", "require_fields", "57 · −3 dropped", "cast",
                "56 · 1 quarantined", "usable (filter)", "53 · −3 dropped", "exact_dedup", "47 · −6 dropped", "select_fields", "47",
                "written", "47");
        // one kept bar per row: read, five steps, written
        assertThat(Fixtures.all(funnel, "rect").stream().filter(r -> r.getAttribute("class").equals("bar"))).hasSize(7);
        String table = Fixtures.byId(doc, "funnel").getTextContent();
        assertThat(table).contains("require_fields", "60", "57", "95.00%");
    }

    @Test
    void everyChartIsAlsoADecodablePngOfTheChartsSize() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(dir)));
        List<Element> svgs = Fixtures.all(doc, "svg");
        assertThat(svgs).isNotEmpty();
        try (Stream<Path> pngs = Files.list(dir.resolve("charts"))) {
            assertThat(pngs.count()).isEqualTo(svgs.size());
        }
        for (Element svg : svgs) {
            String name = svg.getAttribute("id").substring("chart-".length());
            BufferedImage img = ImageIO.read(dir.resolve("charts").resolve(name + ".png").toFile());
            assertThat(img).as(name).isNotNull();
            assertThat(img.getWidth()).as(name).isEqualTo(Integer.parseInt(svg.getAttribute("width")) * PngRenderer.SCALE);
            assertThat(img.getHeight()).as(name).isEqualTo(Integer.parseInt(svg.getAttribute("height")) * PngRenderer.SCALE);
        }
    }

    @Test
    void pageLoadsNothingFromOutside() throws Exception {
        String html = Files.readString(RunReportPage.write(Fixtures.copy("example", tmp)));
        Document doc = Fixtures.parse(html);
        for (Element e : Fixtures.all(doc, "*")) {
            for (String attr : List.of("src", "href", "srcset", "action", "poster", "data")) {
                String v = e.getAttribute(attr).trim().toLowerCase();
                assertThat(v).as("%s@%s", e.getLocalName(), attr).doesNotStartWith("http:").doesNotStartWith("https:")
                        .doesNotStartWith("//").doesNotStartWith("javascript:");
            }
        }
        assertThat(Fixtures.all(doc, "script")).isEmpty();
        assertThat(Fixtures.all(doc, "link")).isEmpty();
        assertThat(Fixtures.all(doc, "img")).isEmpty();
        assertThat(html).doesNotContain("@import", "url(");
    }

    @Test
    void expectationsListFailuresFirstWithTheirFailingRows() throws Exception {
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(Fixtures.copy("example", tmp))));
        Element section = Fixtures.byId(doc, "expectations");
        List<Element> rows = Fixtures.all(section, "tr").stream().filter(r -> r.hasAttribute("class")).toList();
        assertThat(rows).extracting(r -> r.getAttribute("class")).containsExactly("bad", "ok", "ok");
        assertThat(rows.get(0).getTextContent()).contains("✗ fail", "warning", "input", "completeness(text)", "0.95", ">= 0.99", "3");
        assertThat(section.getTextContent()).contains("1 of 3 expectations failed (0 error, 1 warning)", "The output was published.",
                "failing rows (showing 2 of 3)", "r008", "reviews.jsonl");
    }

    @Test
    void beforeAndAfterComparesProfilesColumnByColumn() throws Exception {
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(Fixtures.copy("example", tmp))));
        Element section = Fixtures.byId(doc, "profile");
        assertThat(section.getTextContent()).contains("Rows: input 60 → output 47.", "95.00%", "100.00%", "long 98%, string 2%",
                "not in the output", "Imbalance ratio (largest class / smallest): input 25, output 40.");
        assertThat(Fixtures.byId(doc, "chart-column-3-rating")).as("histogram of a numeric column").isNotNull();
        assertThat(Fixtures.byId(doc, "chart-column-4-lang")).as("top values of a categorical column").isNotNull();
        assertThat(Fixtures.byId(doc, "chart-class-balance")).isNotNull();
        Element hist = Fixtures.byId(doc, "chart-column-3-rating");
        assertThat(Fixtures.all(hist, "rect").stream().filter(r -> r.getAttribute("class").equals("bar-before"))).hasSize(6);
        assertThat(Fixtures.all(hist, "rect").stream().filter(r -> r.getAttribute("class").equals("bar-after"))).hasSize(5);
    }

    @Test
    void droppedAndQuarantinedSamplesAreGroupedByStepAndReason() throws Exception {
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(Fixtures.copy("example", tmp))));
        Element dropped = Fixtures.byId(doc, "dropped");
        List<String> headings = Fixtures.all(dropped, "h3").stream().map(Element::getTextContent).toList();
        assertThat(headings).containsExactly("require_fields · missing:text", "usable · too_short_or_bad_rating", "exact_dedup · duplicate");
        assertThat(dropped.getTextContent()).contains("Showing 3 of 3 dropped records.", "Showing 5 of 6 dropped records.", "reviews.jsonl:9");
        Element quarantined = Fixtures.byId(doc, "quarantined");
        assertThat(quarantined.getTextContent()).contains("at read", "at cast", "malformed JSON at column 41", "cannot cast field 'rating'");
    }

    @Test
    void changedRecordsMarkFieldsAndCharacters() throws Exception {
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(Fixtures.copy("example", tmp))));
        Element changed = Fixtures.byId(doc, "changed");
        assertThat(Fixtures.all(changed, "h3").stream().map(Element::getTextContent)).containsExactly("cast", "select_fields", "normalize");
        List<Element> rows = Fixtures.all(changed, "tr").stream().filter(r -> r.hasAttribute("class")).toList();
        assertThat(rows).extracting(r -> r.getAttribute("class")).containsExactly("changed", "removed", "changed", "added");

        // "The Colour is nice" -> "the color is nice": exactly T, C and u removed, t and c added
        Element text = rows.get(2);
        List<Element> cells = Fixtures.all(text, "td");
        assertThat(Fixtures.all(cells.get(1), "del").stream().map(Element::getTextContent)).containsExactly("T", "C", "u");
        assertThat(Fixtures.all(cells.get(1), "ins")).isEmpty();
        assertThat(Fixtures.all(cells.get(2), "ins").stream().map(Element::getTextContent)).containsExactly("t", "c");
        assertThat(cells.get(1).getTextContent()).isEqualTo("The Colour is nice");
        assertThat(cells.get(2).getTextContent()).isEqualTo("the color is nice");
        // a string that became a number is changed as a whole value
        assertThat(Fixtures.all(rows.get(0), "del").get(0).getAttribute("class")).isEqualTo("whole");
        assertThat(changed.getTextContent()).contains("4 unchanged: id, text, lang, source");
    }

    @Test
    void trainingAndEvaluationRunShowsCurvesAndConfusionMatrix() throws Exception {
        Path dir = Fixtures.copy("mnist", tmp);
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(dir)));
        assertThat(sectionIds(doc)).containsExactly("funnel", "train", "evaluate", "files");
        Element train = Fixtures.byId(doc, "train");
        assertThat(train.getTextContent()).contains("99.91%", "397,510", "sgd, learning rate 0.1");
        assertThat(Fixtures.all(Fixtures.byId(doc, "chart-train-loss"), "circle")).hasSize(15);
        Element heat = Fixtures.byId(doc, "chart-confusion-matrix");
        List<Element> cells = Fixtures.all(heat, "rect").stream().filter(r -> r.getAttribute("class").equals("cell")).toList();
        assertThat(cells).hasSize(100);
        assertThat(cells.get(0).getTextContent()).isEqualTo("actual 0, predicted 0: 971 (99.1% of actual 0)");
        assertThat(Fixtures.byId(doc, "evaluate").getTextContent()).contains("98.16%", "0.9815", "1,135");
        assertThat(dir.resolve("charts/confusion-matrix.png")).exists();
    }

    @Test
    void textSectionShowsTheCorpusBeforeAndAfter() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode run = (com.fasterxml.jackson.databind.node.ObjectNode) m.readTree(dir.resolve("run.json").toFile());
        run.set("text", m.readTree("""
                {"field": "body",
                 "input": {"documents": 1000, "characters": 2500000, "words": 400000,
                           "characters_per_document": {"count": 1000, "zeros": 10, "bins": [
                               {"from": 1024, "to": 1217.7, "count": 600}, {"from": 4096, "to": 4870.9, "count": 390}]},
                           "words_per_document": {"count": 1000, "zeros": 10, "bins": [{"from": 256, "to": 304.4, "count": 990}]}},
                 "output": {"documents": 700, "characters": 1500000, "words": 250000, "tokens": 330000,
                           "characters_per_document": {"count": 700, "zeros": 0, "bins": [{"from": 1024, "to": 1217.7, "count": 700}]},
                           "words_per_document": {"count": 700, "zeros": 0, "bins": [{"from": 256, "to": 304.4, "count": 700}]},
                           "languages": {"en": 650, "de": 50},
                           "meta_figures": {"gopher_quality.mean_word_length": {"count": 700, "zeros": 0, "bins": [{"from": 4, "to": 4.76, "count": 700}]}}}}
                """));
        m.writeValue(dir.resolve("run.json").toFile(), run);
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(dir)));
        assertThat(sectionIds(doc)).contains("text");
        assertThat(Fixtures.byId(doc, "text").getTextContent()).contains("1,000 → 700", "330,000", "Characters per document (body)",
                "gopher_quality.mean_word_length");
        List<String> labels = Fixtures.all(Fixtures.byId(doc, "chart-text-characters"), "text").stream().map(Element::getTextContent).toList();
        assertThat(labels).containsSubsequence("0", "1.00%", "0.00%", "1,024–2,048", "60.00%", "100.00%", "4,096–8,192", "39.00%");
        List<String> languages = Fixtures.all(Fixtures.byId(doc, "chart-text-languages"), "text").stream().map(Element::getTextContent).toList();
        assertThat(languages).containsSubsequence("en", "de");
    }

    @Test
    void failedRunPutsTheFailureFirst() throws Exception {
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(Fixtures.copy("failed", tmp))));
        Element summary = Fixtures.byId(doc, "summary");
        assertThat(summary.getTextContent()).contains("✗ Failed", "The run failed",
                "more than max_quarantine_fraction 1.00%", "The output was not published");
        Element alert = Fixtures.all(summary, "div").stream().filter(d -> "alert".equals(d.getAttribute("role"))).findFirst().orElseThrow();
        assertThat(alert.getTextContent()).contains("were quarantined");
        assertThat(sectionIds(doc).get(0)).isEqualTo("expectations");
        assertThat(Fixtures.byId(doc, "expectations").getTextContent()).contains("2 of 2 expectations failed (2 error, 0 warning)",
                "The output was NOT published", "row_count", "unique(text)", "r047");
    }

    @Test
    void emptyRunRenders() throws Exception {
        Path dir = Fixtures.copy("empty", tmp);
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(dir)));
        assertThat(sectionIds(doc)).containsExactly("funnel", "profile", "files");
        assertThat(Fixtures.byId(doc, "funnel").getTextContent()).contains("No records were read.");
        assertThat(Fixtures.byId(doc, "summary").getTextContent()).contains("✓ Succeeded");
        assertThat(ImageIO.read(dir.resolve("charts/funnel.png").toFile())).isNotNull();
    }

    @Test
    void minimalRunJsonStillGivesAPage() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("_refinery"));
        Files.writeString(dir.resolve("run.json"), "{\"status\": \"failed\", \"failure\": \"input not found: data.csv\"}");
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(dir)));
        assertThat(sectionIds(doc)).isEmpty();
        assertThat(Fixtures.byId(doc, "summary").getTextContent()).contains("(unnamed recipe)", "✗ Failed", "input not found: data.csv");
    }

    @Test
    void unreadableRunJsonIsNamedInTheError() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("_refinery"));
        assertThatThrownBy(() -> RunReportPage.write(dir)).isInstanceOf(IOException.class).hasMessageContaining("run.json");
        Files.writeString(dir.resolve("run.json"), "{\"status\": ");
        assertThatThrownBy(() -> RunReportPage.write(dir)).isInstanceOf(IOException.class).hasMessageContaining("run.json");
        Files.writeString(dir.resolve("run.json"), "[1, 2]");
        assertThatThrownBy(() -> RunReportPage.write(dir)).isInstanceOf(IOException.class).hasMessageContaining("run.json");
        assertThat(dir.resolve("report.html")).doesNotExist();
    }

    @Test
    void optionsCapSamplesAndSkipPngs() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        Document doc = Fixtures.parse(Files.readString(RunReportPage.write(dir,
                ReportOptions.defaults().withMaxSamplesPerKey(2).withPngs(false).withMaxColumns(2))));
        Element dropped = Fixtures.byId(doc, "dropped");
        assertThat(dropped.getTextContent()).contains("Showing 2 of 6 dropped records.").doesNotContain("Showing 3");
        assertThat(dir.resolve("charts")).doesNotExist();
        assertThat(Fixtures.all(doc, "a").stream().map(a -> a.getAttribute("href"))).noneMatch(h -> h.endsWith(".png"));
        assertThat(Fixtures.byId(doc, "profile").getTextContent()).contains("Showing the first 2 of 5 columns.");
    }

    @Test
    void rewritingReplacesOldChartsAndPage() throws Exception {
        Path dir = Fixtures.copy("example", tmp);
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/stale.png"), "old");
        RunReportPage.write(dir);
        RunReportPage.write(dir);
        assertThat(dir.resolve("charts/stale.png")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    static List<String> sectionIds(Document doc) {
        return Fixtures.all(doc, "section").stream().map(s -> s.getAttribute("id")).filter(ALL_SECTIONS::contains).toList();
    }

    private static List<String> tocTargets(Document doc) {
        Element nav = Fixtures.all(doc, "nav").get(0);
        return Fixtures.all(nav, "a").stream().map(a -> a.getAttribute("href")).toList();
    }
}
