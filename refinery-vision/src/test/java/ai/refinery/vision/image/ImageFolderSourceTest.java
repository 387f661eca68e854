package ai.refinery.vision.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.refinery.core.exec.LocalExecutor;
import ai.refinery.core.exec.RunOptions;
import ai.refinery.core.recipe.RecipeLoader;
import ai.refinery.core.run.RunReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The image_folder format through real recipe runs on PNG and JPEG files written here. */
class ImageFolderSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private Path write(String relative, byte[] content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static byte[] encode(Image img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img.toBufferedImage(), format, out)).isTrue();
        return out.toByteArray();
    }

    private RunReport run(String yaml) throws IOException {
        Path r = dir.resolve("recipe.yaml");
        Files.writeString(r, yaml);
        return new LocalExecutor().run(RecipeLoader.withDefaults().load(r, List.of()), RunOptions.defaults());
    }

    private Map<String, JsonNode> output(String out) throws IOException {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        for (JsonNode n : jsonLines(dir.resolve(out))) m.put(n.get("path").asText(), n);
        return m;
    }

    private static List<JsonNode> jsonLines(Path d) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        if (!Files.isDirectory(d)) return nodes;
        List<Path> files;
        try (Stream<Path> s = Files.list(d)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        for (Path p : files) for (String line : Files.readAllLines(p)) nodes.add(JSON.readTree(line));
        return nodes;
    }

    private static int[] pixels(JsonNode rec) {
        byte[] b = Base64.getDecoder().decode(rec.get("image").asText());
        int[] v = new int[b.length];
        for (int i = 0; i < b.length; i++) v[i] = b[i] & 0xFF;
        return v;
    }

    @Test
    void foldersGiveLabelsAndPixelsArriveExactly() throws IOException {
        Image three = Image.generate(3, 2, 1, (x, y, c) -> x * 50 + y * 100);
        Image seven = Image.generate(2, 2, 3, (x, y, c) -> c == 0 ? 255 : x * 10 + y);
        write("digits/3/a.png", encode(three, "png"));
        write("digits/7/b.png", encode(seven, "png"));
        write("digits/notes.txt", "not an image".getBytes());
        RunReport r = run("name: i\ninput: {path: digits, format: image_folder}\noutput: {path: out}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        Map<String, JsonNode> out = output("out");
        assertThat(out.keySet()).containsExactlyInAnyOrder("3/a.png", "7/b.png");
        JsonNode a = out.get("3/a.png");
        assertThat(a.get("label").asText()).isEqualTo("3");
        assertThat(a.get("width").asLong()).isEqualTo(3);
        assertThat(a.get("height").asLong()).isEqualTo(2);
        assertThat(a.get("channels").asLong()).isEqualTo(1);
        assertThat(pixels(a)).containsExactly(0, 50, 100, 100, 150, 200);
        JsonNode b = out.get("7/b.png");
        assertThat(b.get("label").asText()).isEqualTo("7");
        assertThat(b.get("channels").asLong()).isEqualTo(3);
        assertThat(pixels(b)).containsExactly(255, 0, 0, 255, 10, 10, 255, 1, 1, 255, 11, 11);
    }

    @Test
    void channelsOptionConvertsAndTransformsRunInTheSameRecipe() throws IOException {
        write("in/cat/rgb.png", encode(Image.generate(4, 4, 3, (x, y, c) -> 100), "png"));
        write("in/dog/gray.png", encode(Image.generate(2, 2, 1, (x, y, c) -> x == 0 ? 255 : 0), "png"));
        RunReport r = run("name: i\ninput: {path: in, format: image_folder, options: {channels: 1}}\n"
                + "pipeline: [{op: resize, width: 2, height: 2}, {op: invert}, {op: to_tensor}]\noutput: {path: out}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        Map<String, JsonNode> out = output("out");
        JsonNode cat = out.get("cat/rgb.png");
        assertThat(cat.get("channels").asLong()).isEqualTo(1);
        assertThat(cat.get("width").asLong()).isEqualTo(2);
        assertThat(pixels(cat)).containsExactly(155, 155, 155, 155); // 100 gray, inverted
        JsonNode dog = out.get("dog/gray.png");
        assertThat(pixels(dog)).containsExactly(0, 255, 0, 255);
        assertThat(dog.get("pixels").get(1).asDouble()).isEqualTo(1.0);
        assertThat(dog.get("pixels").get(0).asDouble()).isEqualTo(0.0);
    }

    @Test
    void csvLabelsAreLookedUpByRelativePathOrFileName() throws IOException {
        write("flat/x1.png", encode(Image.filled(1, 1, 1, 5), "png"));
        write("flat/sub/x2.png", encode(Image.filled(1, 1, 1, 6), "png"));
        write("flat/x3.png", encode(Image.filled(1, 1, 1, 7), "png"));
        Path csv = write("labels.csv", "file,label\nx1.png,cat\n\"sub/x2.png\",\"dog, big\"\n".getBytes());
        RunReport r = run("name: i\ninput: {path: flat, format: image_folder, options: {labels_csv: '" + csv + "'}}\n"
                + "output: {path: out}\nexecutor: {max_quarantine_fraction: 1}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        Map<String, JsonNode> out = output("out");
        assertThat(out.get("x1.png").get("label").asText()).isEqualTo("cat");
        assertThat(out.get("sub/x2.png").get("label").asText()).isEqualTo("dog, big");
        assertThat(out).doesNotContainKey("x3.png");
        JsonNode q = jsonLines(dir.resolve("out/_refinery/quarantine")).get(0);
        assertThat(q.get("error").asText()).contains("x3.png").contains("not listed in labels CSV");
    }

    @Test
    void damagedFilesAreQuarantinedNamingTheFileAndSizesAreCheckedOnRequest() throws IOException {
        byte[] png = encode(Image.generate(8, 8, 1, (x, y, c) -> x * y * 3), "png");
        byte[] jpg = encode(Image.generate(32, 32, 3, (x, y, c) -> (x * 7 + y * 13 + c * 50) % 256), "jpg");
        write("in/a/good.png", png);
        write("in/a/small.png", encode(Image.filled(4, 4, 1, 1), "png"));
        write("in/a/truncated.png", Arrays.copyOf(png, png.length / 2));
        write("in/a/truncated.jpg", Arrays.copyOf(jpg, jpg.length / 2));
        write("in/a/junk.jpeg", "this is no jpeg".getBytes());
        RunReport r = run("name: i\ninput: {path: in, format: image_folder, options: {require_size: [8, 8]}}\n"
                + "output: {path: out}\nexecutor: {max_quarantine_fraction: 1}\n");
        assertThat(r.succeeded()).as(r.failure()).isTrue();
        assertThat(output("out").keySet()).containsExactly("a/good.png");
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode q : jsonLines(dir.resolve("out/_refinery/quarantine"))) errors.put(q.get("source").asText(), q.get("error").asText());
        assertThat(errors).hasSize(4);
        assertThat(errors.get("a/small.png")).contains("a/small.png").contains("4x4 but require_size is 8x8");
        assertThat(errors.get("a/truncated.png")).contains("a/truncated.png").contains("damaged");
        assertThat(errors.get("a/truncated.jpg")).contains("a/truncated.jpg").contains("damaged");
        assertThat(errors.get("a/junk.jpeg")).contains("a/junk.jpeg").contains("not a PNG or JPEG");
    }

    @Test
    void optionsAreValidated() {
        assertThatThrownBy(() -> new ImageFolderSource.Options("image", "label", null, "2", null, 100, 100))
                .hasMessageContaining("channels must be 1, 3 or auto");
        assertThatThrownBy(() -> new ImageFolderSource.Options("image", "label", null, "auto", List.of(3), 100, 100))
                .hasMessageContaining("require_size must be [width, height]");
        assertThatThrownBy(() -> new ImageFolderSource.Options("path", "label", null, "auto", null, 100, 100))
                .hasMessageContaining("must differ");
    }
}
