package ai.refinery.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor an engine is measured against: one thread, Jackson's streaming API, parse each line
 * and write its fields back out with the same three changes (rename, drop, require), nothing else
 * (no accounting, quarantine, shards or reports).
 */
final class JacksonCopyBaseline {
    private JacksonCopyBaseline() {}

    static long run(Path in, Path out) throws IOException {
        JsonFactory f = new JsonFactory();
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = f.createGenerator(o)) {
            g.setRootValueSeparator(null);
            for (String line; (line = r.readLine()) != null; ) {
                try (JsonParser p = f.createParser(line)) {
                    if (p.nextToken() != JsonToken.START_OBJECT) continue;
                    g.writeStartObject();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        if (name.equals("ok")) {
                            p.skipChildren();
                            continue;
                        }
                        g.writeFieldName(name.equals("score") ? "quality" : name);
                        g.copyCurrentStructure(p);
                    }
                    g.writeEndObject();
                    g.writeRaw('\n');
                    n++;
                }
            }
        }
        return n;
    }
}
