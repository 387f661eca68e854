package ai.refinery.text.dedup;

import ai.refinery.text.dedup.minhash.MinHasher;
import ai.refinery.text.dedup.minhash.SignatureStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A persistent near-duplicate index: the MinHash signatures of the documents an earlier run kept,
 * so a new dataset can be deduplicated against it (records near-duplicate of an indexed one are
 * dropped) and the index extended with what the new run keeps. A directory with
 * {@code index.json} (format, version, the settings that make signatures comparable: shingle kind
 * and size, permutations and their seed, stored bits; and the document count) and
 * {@code signatures.bin} ({@link SignatureStore}'s own format with its header).
 *
 * @param settings what makes two runs' signatures comparable
 * @param store    the indexed documents' signatures
 */
record DedupIndex(Signing settings, SignatureStore store) {
    static final String FORMAT = "refinery-minhash-index";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The settings two signatures must share to be compared. */
    record Signing(String shingle, int ngram, int numPerm, long seed, int bits) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shingle", shingle);
            m.put("ngram", ngram);
            m.put("num_perm", numPerm);
            m.put("seed", seed);
            m.put("bits", bits);
            return m;
        }

        /** Null when equal, else what differs, for an error message. */
        String difference(Signing other) {
            if (!shingle.equals(other.shingle) || ngram != other.ngram) {
                return "shingles " + other.ngram + " " + other.shingle + " in the index, " + ngram + " " + shingle + " here";
            }
            if (numPerm != other.numPerm || seed != other.seed) {
                return other.numPerm + " permutations with seed " + other.seed + " in the index, " + numPerm + " with seed " + seed + " here";
            }
            if (bits != other.bits) return other.bits + " bits a value in the index, " + bits + " here";
            return null;
        }
    }

    static DedupIndex read(Path dir) throws IOException {
        Path meta = dir.resolve("index.json");
        if (!Files.isRegularFile(meta)) throw new IOException(dir + " is not a near-duplicate index (no index.json)");
        JsonNode j = JSON.readTree(meta.toFile());
        if (!FORMAT.equals(j.path("format").asText())) throw new IOException(meta + " is not a " + FORMAT + " file");
        if (j.path("version").asInt() != VERSION) {
            throw new IOException(meta + " has version " + j.path("version").asInt() + "; this Refinery reads " + VERSION);
        }
        Signing s = new Signing(j.path("shingle").asText(), j.path("ngram").asInt(), j.path("num_perm").asInt(),
                j.path("seed").asLong(), j.path("bits").asInt());
        SignatureStore store;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve("signatures.bin")), 1 << 16)) {
            store = SignatureStore.readFrom(in);
        }
        if (store.numPerm() != s.numPerm() || store.bitsPerValue() != s.bits()) {
            throw new IOException(dir + ": signatures.bin does not match index.json (permutations or bits differ)");
        }
        if (store.size() != j.path("documents").asInt()) {
            throw new IOException(dir + ": signatures.bin holds " + store.size() + " documents, index.json says " + j.path("documents").asInt());
        }
        return new DedupIndex(s, store);
    }

    /** Writes the index into {@code dir} (replacing one there): signatures first, then index.json, so a half-written index does not read. */
    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path sigTmp = dir.resolve(".signatures.bin.tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(sigTmp), 1 << 16)) {
            store.writeTo(out);
        }
        Files.deleteIfExists(dir.resolve("index.json"));
        Files.move(sigTmp, dir.resolve("signatures.bin"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", FORMAT);
        meta.put("version", VERSION);
        meta.putAll(settings.toJson());
        meta.put("documents", store.size());
        Path metaTmp = dir.resolve(".index.json.tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(metaTmp.toFile(), meta);
        Files.move(metaTmp, dir.resolve("index.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Copies document {@code doc} of {@code from} to the end of {@code to} (an empty set stays empty). */
    static void copy(SignatureStore from, int doc, SignatureStore to) {
        if (from.isEmpty(doc)) {
            long[] empty = new long[from.numPerm()];
            Arrays.fill(empty, MinHasher.EMPTY);
            to.add(empty);
        } else {
            to.add(from.values(doc));
        }
    }
}
