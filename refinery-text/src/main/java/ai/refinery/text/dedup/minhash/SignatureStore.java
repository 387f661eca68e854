package ai.refinery.text.dedup.minhash;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Many MinHash signatures in a few large {@code long[]} chunks (no object per document), documents
 * numbered 0, 1, 2... in the order they are {@link #add added}.
 *
 * <p>Each signature value is kept as its low {@code bitsPerValue} bits (16 by default): b-bit
 * minwise hashing (Li and König, 2010). The low bits of a minimum are uniform (its high bits are
 * not: a minimum is small), so two different minima look equal with probability 2^-b, and
 * {@link #estimatedJaccard} removes that bias: {@code J = (m − 2^-b) / (1 − 2^-b)} for a fraction
 * {@code m} of equal values. At 16 bits the bias is 1.5e-5 and a band of 8 rows collides by chance
 * with probability 2^-128; the default 112 values take 224 bytes a document, so 10 million
 * signatures take 2.24 GB. 32 or 64 bits keep more (64 = the exact values).
 *
 * <p>An empty shingle set ({@link MinHasher#EMPTY} values) is flagged and never a duplicate.
 *
 * <p>Single writer: {@link #add} is not thread-safe; reads are safe once writing is over. Persisted
 * by {@link #writeTo} / {@link #readFrom} with a header (magic {@code RFMH}, format version).
 */
public final class SignatureStore {

    /** The default bits kept per signature value. */
    public static final int DEFAULT_BITS = 16;

    private static final int MAGIC = 0x52464D48; // "RFMH"
    private static final int FORMAT_VERSION = 1;
    private static final int CHUNK_SHIFT = 14;
    private static final int DOCS_PER_CHUNK = 1 << CHUNK_SHIFT;

    private final int numPerm;
    private final int bits;
    private final int valuesPerWord;
    private final int wordsPerDoc;
    private final long valueMask;
    private final List<long[]> chunks = new ArrayList<>();
    private final List<long[]> emptyFlags = new ArrayList<>();
    private int size;

    /** A store for signatures of {@code numPerm} values, {@link #DEFAULT_BITS} bits each. */
    public SignatureStore(int numPerm) {
        this(numPerm, DEFAULT_BITS);
    }

    /** A store keeping {@code bitsPerValue} (8, 16, 32 or 64) low bits of each value. */
    public SignatureStore(int numPerm, int bitsPerValue) {
        if (numPerm < 1 || numPerm > 4096) {
            throw new IllegalArgumentException("num_perm must be 1..4096, got " + numPerm);
        }
        if (bitsPerValue != 8 && bitsPerValue != 16 && bitsPerValue != 32 && bitsPerValue != 64) {
            throw new IllegalArgumentException("bits per value must be 8, 16, 32 or 64, got " + bitsPerValue);
        }
        this.numPerm = numPerm;
        this.bits = bitsPerValue;
        this.valuesPerWord = 64 / bitsPerValue;
        this.wordsPerDoc = (numPerm + valuesPerWord - 1) / valuesPerWord;
        this.valueMask = bitsPerValue == 64 ? -1L : (1L << bitsPerValue) - 1;
    }

    public int numPerm() {
        return numPerm;
    }

    public int bitsPerValue() {
        return bits;
    }

    /** The number of documents stored. */
    public int size() {
        return size;
    }

    /** Bytes held by the signature arena and flags (what {@code n} documents cost on the heap). */
    public long bytesUsed() {
        return (long) chunks.size() * ((long) DOCS_PER_CHUNK * wordsPerDoc + DOCS_PER_CHUNK / 64) * 8;
    }

    /** The bytes one document costs: {@code ceil(numPerm · bits / 64) · 8}. */
    public static long bytesPerDocument(int numPerm, int bitsPerValue) {
        int perWord = 64 / bitsPerValue;
        return (long) ((numPerm + perWord - 1) / perWord) * 8;
    }

    /** Appends a signature ({@link MinHasher} output, {@code numPerm} values); returns its number. */
    public int add(long[] signature) {
        if (signature.length != numPerm) {
            throw new IllegalArgumentException("signature has " + signature.length + " values, the store holds " + numPerm);
        }
        if (size == Integer.MAX_VALUE) {
            throw new IllegalStateException("store is full at " + size + " documents");
        }
        int doc = size;
        int chunk = doc >>> CHUNK_SHIFT;
        if (chunk == chunks.size()) {
            chunks.add(new long[DOCS_PER_CHUNK * wordsPerDoc]);
            emptyFlags.add(new long[DOCS_PER_CHUNK / 64]);
        }
        int local = doc & (DOCS_PER_CHUNK - 1);
        if (signature[0] == MinHasher.EMPTY) {
            emptyFlags.get(chunk)[local >>> 6] |= 1L << local;
        } else {
            long[] words = chunks.get(chunk);
            int base = local * wordsPerDoc;
            for (int i = 0; i < numPerm; i++) {
                words[base + i / valuesPerWord] |= (signature[i] & valueMask) << ((i % valuesPerWord) * bits);
            }
        }
        size = doc + 1;
        return doc;
    }

    /** Whether document {@code doc} had no shingle. */
    public boolean isEmpty(int doc) {
        check(doc);
        return (emptyFlags.get(doc >>> CHUNK_SHIFT)[(doc & (DOCS_PER_CHUNK - 1)) >>> 6] & (1L << doc)) != 0;
    }

    /** Value {@code i} of document {@code doc}, reduced to the stored bits (0 for an empty set). */
    public long value(int doc, int i) {
        check(doc);
        if (i < 0 || i >= numPerm) {
            throw new IndexOutOfBoundsException("value " + i + " of " + numPerm);
        }
        long[] words = chunks.get(doc >>> CHUNK_SHIFT);
        int base = (doc & (DOCS_PER_CHUNK - 1)) * wordsPerDoc;
        return (words[base + i / valuesPerWord] >>> ((i % valuesPerWord) * bits)) & valueMask;
    }

    /** All values of document {@code doc}, reduced to the stored bits. */
    public long[] values(int doc) {
        long[] out = new long[numPerm];
        for (int i = 0; i < numPerm; i++) {
            out[i] = value(doc, i);
        }
        return out;
    }

    /**
     * The 64-bit key of band {@code band} of {@code rows} values (values {@code band·rows} to
     * {@code band·rows + rows − 1}): a hash of those values and the band number.
     */
    public long bandKey(int doc, int band, int rows) {
        long[] words = chunks.get(doc >>> CHUNK_SHIFT);
        int base = (doc & (DOCS_PER_CHUNK - 1)) * wordsPerDoc;
        long h = Mix.mix64(band * Mix.GOLDEN + rows);
        int end = (band + 1) * rows;
        for (int i = band * rows; i < end; i++) {
            long v = (words[base + i / valuesPerWord] >>> ((i % valuesPerWord) * bits)) & valueMask;
            h = Long.rotateLeft((h ^ v) * Mix.M2, 31);
        }
        return Mix.mix64(h);
    }

    /** The number of equal stored values of two documents among the first {@code count}. */
    public int equalValues(int x, int y, int count) {
        long[] wx = chunks.get(x >>> CHUNK_SHIFT);
        long[] wy = chunks.get(y >>> CHUNK_SHIFT);
        int bx = (x & (DOCS_PER_CHUNK - 1)) * wordsPerDoc;
        int by = (y & (DOCS_PER_CHUNK - 1)) * wordsPerDoc;
        int equal = 0;
        int fullWords = count / valuesPerWord;
        for (int w = 0; w < fullWords; w++) {
            long diff = wx[bx + w] ^ wy[by + w];
            if (diff == 0) {
                equal += valuesPerWord;
            } else {
                for (int k = 0; k < valuesPerWord; k++) {
                    if (((diff >>> (k * bits)) & valueMask) == 0) {
                        equal++;
                    }
                }
            }
        }
        for (int i = fullWords * valuesPerWord; i < count; i++) {
            if (value(x, i) == value(y, i)) {
                equal++;
            }
        }
        return equal;
    }

    /**
     * The Jaccard similarity of two documents estimated from their stored values, corrected for
     * the chance agreement of b-bit values; 0 when either set is empty.
     */
    public double estimatedJaccard(int x, int y) {
        check(x);
        check(y);
        if (isEmpty(x) || isEmpty(y)) {
            return 0;
        }
        double matched = (double) equalValues(x, y, numPerm) / numPerm;
        if (bits == 64) {
            return matched;
        }
        double chance = Math.scalb(1.0, -bits);
        return Math.max(0, (matched - chance) / (1 - chance));
    }

    private void check(int doc) {
        if (doc < 0 || doc >= size) {
            throw new IndexOutOfBoundsException("document " + doc + " of " + size);
        }
    }

    /** Writes the store: header (magic, version, num_perm, bits, size), then the packed values. */
    public void writeTo(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(stream, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT_VERSION);
        out.writeInt(numPerm);
        out.writeInt(bits);
        out.writeInt(size);
        for (int c = 0; c < chunks.size(); c++) {
            int docs = Math.min(DOCS_PER_CHUNK, size - c * DOCS_PER_CHUNK);
            long[] words = chunks.get(c);
            for (int i = 0, n = docs * wordsPerDoc; i < n; i++) {
                out.writeLong(words[i]);
            }
            long[] flags = emptyFlags.get(c);
            for (int i = 0, n = (docs + 63) / 64; i < n; i++) {
                out.writeLong(flags[i]);
            }
        }
        out.flush();
    }

    /** Reads a store written by {@link #writeTo}; a wrong header fails with what was found. */
    public static SignatureStore readFrom(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(stream, 1 << 16));
        int magic = in.readInt();
        if (magic != MAGIC) {
            throw new IOException(String.format("not a signature store: magic 0x%08X, expected 0x%08X (RFMH)", magic, MAGIC));
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("signature store format version " + version + " is not supported (this code reads " + FORMAT_VERSION + ")");
        }
        int numPerm = in.readInt();
        int bits = in.readInt();
        int size = in.readInt();
        if (size < 0) {
            throw new IOException("signature store declares " + size + " documents");
        }
        SignatureStore store = new SignatureStore(numPerm, bits);
        for (int c = 0; c * (long) DOCS_PER_CHUNK < size; c++) {
            int docs = Math.min(DOCS_PER_CHUNK, size - c * DOCS_PER_CHUNK);
            long[] words = new long[DOCS_PER_CHUNK * store.wordsPerDoc];
            for (int i = 0, n = docs * store.wordsPerDoc; i < n; i++) {
                words[i] = in.readLong();
            }
            long[] flags = new long[DOCS_PER_CHUNK / 64];
            for (int i = 0, n = (docs + 63) / 64; i < n; i++) {
                flags[i] = in.readLong();
            }
            store.chunks.add(words);
            store.emptyFlags.add(flags);
        }
        store.size = size;
        return store;
    }
}
