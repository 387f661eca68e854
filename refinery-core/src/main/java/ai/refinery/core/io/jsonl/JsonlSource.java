package ai.refinery.core.io.jsonl;

import ai.refinery.core.config.Setting;
import ai.refinery.core.io.BadRecordException;
import ai.refinery.core.io.InputFile;
import ai.refinery.core.io.RawBatch;
import ai.refinery.core.io.SourceFormat;
import ai.refinery.core.io.SourceReader;
import ai.refinery.core.record.Record;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** JSON Lines: one JSON object per line (blank lines are skipped). */
public final class JsonlSource implements SourceFormat<JsonlSource.Options> {
    /** Options of {@code format: jsonl} inputs. */
    public record Options(
            @Setting(value = "Lines longer than this many bytes are quarantined instead of parsed.", defaultValue = "67108864")
            long maxLineBytes,
            @Setting(value = "An object under this key is read as the record's meta (as the jsonl sink writes it); empty to read it as a field.",
                    defaultValue = "_meta")
            String metaField) {
        public Options {
            if (metaField != null && metaField.isEmpty()) metaField = null;
            if (maxLineBytes < 16) throw new IllegalArgumentException("max_line_bytes must be at least 16, got " + maxLineBytes);
        }
    }

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build())
            .build();

    @Override public String name() { return "jsonl"; }
    @Override public List<String> extensions() { return List.of(".jsonl", ".ndjson", ".json"); }
    @Override public Class<Options> optionsType() { return Options.class; }

    @Override
    public SourceReader open(InputFile file, InputStream in, Options options) {
        return new Reader(in, options.maxLineBytes(), options.metaField());
    }

    /** A line longer than the limit: kept only as its length and head for the quarantine file. */
    private record OversizedLine(long length, byte[] head) {}

    static final class Reader implements SourceReader {
        private final InputStream in;
        private final long maxLineBytes;
        private final String metaField;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private long lineNo;
        private boolean eof;

        Reader(InputStream in, long maxLineBytes, String metaField) {
            this.in = in;
            this.maxLineBytes = maxLineBytes;
            this.metaField = metaField;
        }

        @Override
        public boolean next(RawBatch batch) throws IOException {
            while (true) {
                Object unit = readLine();
                if (unit == null) return false;
                lineNo++;
                if (lineNo == 1 && unit instanceof byte[] b && hasBom(b)) unit = Arrays.copyOfRange(b, 3, b.length);
                if (unit instanceof byte[] b && isBlank(b)) continue;
                batch.add(unit, lineNo);
                return true;
            }
        }

        /** Editors on Windows start UTF-8 files with a byte order mark; it is not part of the first record. */
        private static boolean hasBom(byte[] b) {
            return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
        }

        private static boolean isBlank(byte[] b) {
            for (byte x : b) if (x != ' ' && x != '\t' && x != '\r') return false;
            return true;
        }

        /** The next line without its terminator, or null at the end. */
        private Object readLine() throws IOException {
            byte[] acc = null;
            int accLen = 0;
            long total = 0;
            byte last = 0;
            while (true) {
                if (pos == limit) {
                    if (eof || !fill()) {
                        if (acc == null) return null;
                        return finish(acc, accLen, total, last);
                    }
                }
                int start = pos;
                int nl = -1;
                for (int i = pos; i < limit; i++) {
                    if (buf[i] == '\n') {
                        nl = i;
                        break;
                    }
                }
                int end = nl < 0 ? limit : nl;
                int n = end - start;
                total += n;
                if (n > 0) last = buf[end - 1];
                if (total <= maxLineBytes + 1) { // + 1: the '\r' of a CRLF is not part of the line
                    if (acc == null && nl >= 0) {
                        pos = nl + 1;
                        return finish(Arrays.copyOfRange(buf, start, end), n, total, last);
                    }
                    if (acc == null) acc = new byte[Math.max(256, n * 2)];
                    if (accLen + n > acc.length) acc = Arrays.copyOf(acc, Math.max(accLen + n, acc.length * 2));
                    System.arraycopy(buf, start, acc, accLen, n);
                    accLen += n;
                } else if (acc == null) {
                    acc = Arrays.copyOfRange(buf, start, start + Math.min(n, 256));
                    accLen = acc.length;
                }
                pos = nl < 0 ? limit : nl + 1;
                if (nl >= 0) return finish(acc, accLen, total, last);
            }
        }

        /** The line read into {@code acc}, or an {@link OversizedLine}; lengths do not count a final '\r'. */
        private Object finish(byte[] acc, int len, long total, byte last) {
            long length = last == '\r' ? total - 1 : total;
            if (length > maxLineBytes) return new OversizedLine(length, Arrays.copyOf(acc, Math.min(len, 256)));
            return trimCr(len == acc.length ? acc : Arrays.copyOf(acc, len));
        }

        private static byte[] trimCr(byte[] line) {
            int n = line.length;
            return n > 0 && line[n - 1] == '\r' ? Arrays.copyOf(line, n - 1) : line;
        }

        private boolean fill() throws IOException {
            int n = in.read(buf, 0, buf.length);
            if (n <= 0) {
                eof = true;
                pos = limit = 0;
                return false;
            }
            pos = 0;
            limit = n;
            return true;
        }

        @Override
        public Record decode(Object unit, String id) throws BadRecordException {
            if (unit instanceof OversizedLine o) {
                throw new BadRecordException("line of " + o.length() + " bytes exceeds max_line_bytes");
            }
            byte[] line = (byte[]) unit;
            int bad = Utf8.firstInvalid(line, 0, line.length);
            if (bad >= 0) {
                throw new BadRecordException("invalid UTF-8 at byte " + bad);
            }
            try (JsonParser p = FACTORY.createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new BadRecordException("expected a JSON object but found " + describe(p.currentToken()));
                }
                Record.Builder b = Record.builder(id);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    Object value = JsonValues.read(p);
                    if (value instanceof Map<?, ?> m && name.equals(metaField)) {
                        m.forEach((k, v) -> b.meta((String) k, v));
                    } else {
                        b.set(name, value);
                    }
                }
                if (p.nextToken() != null) {
                    throw new BadRecordException("unexpected content after the JSON object at column "
                            + p.currentLocation().getColumnNr());
                }
                return b.build();
            } catch (JsonProcessingException e) {
                // a read constraint violation (such as nesting deeper than 200) carries no location
                String at = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
                throw new BadRecordException("malformed JSON" + at + ": " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new BadRecordException("malformed JSON: " + e.getMessage());
            }
        }

        private static String describe(JsonToken t) {
            return t == null ? "nothing" : t.asString() != null ? "'" + t.asString() + "'" : t.name().toLowerCase();
        }

        @Override
        public String rawText(Object unit) {
            if (unit instanceof OversizedLine o) return new String(o.head(), StandardCharsets.UTF_8) + "...";
            return new String((byte[]) unit, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
