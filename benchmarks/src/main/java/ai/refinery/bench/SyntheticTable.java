package ai.refinery.bench;

import ai.refinery.core.record.Record;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded synthetic table of 20 columns for profiling benchmarks, made batch by batch (each batch
 * from its own seed, so threads can make batches in any order): 8 numeric columns with different
 * distributions, 8 categorical strings from 3 to near-unique distinct values, a boolean, a short
 * text, a category code and an imbalanced label; some columns have nulls or are missing. Every
 * string is a fresh instance, as a JSONL or CSV decoder makes them (no shared, pre-hashed strings).
 */
final class SyntheticTable {
    static final int COLUMNS = 20;
    private static final String[] COUNTRIES = pool("country-", 50);
    private static final String[] CITIES = pool("city-", 800);
    private static final String[] DEVICES = {"mobile", "desktop", "tablet"};
    private static final String[] BROWSERS = pool("browser-", 10);
    private static final String[] DOMAINS = pool("mail", 100);
    private static final String[] ZIPS = zips(20_000);
    private static final String[] STATUSES = {"new", "active", "paused", "closed", "banned"};
    private static final String[] PHRASES = pool("a short comment number ", 5_000);

    private final long seed;

    SyntheticTable(long seed) {
        this.seed = seed;
    }

    /** Batch {@code index}: rows {@code index * size} to {@code (index + 1) * size - 1}. */
    List<Record> batch(long index, int size) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        List<Record> rows = new ArrayList<>(size);
        long first = index * size;
        for (int i = 0; i < size; i++) rows.add(row(first + i, rnd));
        return rows;
    }

    private static Record row(long n, SplittableRandom rnd) {
        Record.Builder b = Record.builder(Long.toString(n));
        // numeric
        b.set("age", 18L + rnd.nextInt(73));
        b.set("income", Math.exp(10 + 0.8 * gaussian(rnd)));
        b.set("score", 50 + 15 * gaussian(rnd));
        b.set("clicks", rnd.nextInt(10) == 0 ? null : (long) (-Math.log(1 - rnd.nextDouble()) * 5));
        b.set("price", rnd.nextInt(100_000) / 100.0);
        b.set("ts", 1_700_000_000_000L + n * 37 + rnd.nextInt(37));
        b.set("rating", 1 + rnd.nextInt(9) * 0.5);
        if (rnd.nextInt(20) != 0) b.set("balance", 1000 * gaussian(rnd));
        // categorical
        b.set("user_id", "u" + Long.toHexString(rnd.nextLong()));
        b.set("country", fresh(COUNTRIES[skewed(rnd, COUNTRIES.length)]));
        b.set("city", fresh(CITIES[rnd.nextInt(CITIES.length)]));
        b.set("device", fresh(DEVICES[skewed(rnd, DEVICES.length)]));
        if (rnd.nextInt(5) != 0) b.set("browser", fresh(BROWSERS[rnd.nextInt(BROWSERS.length)]));
        b.set("email_domain", fresh(DOMAINS[skewed(rnd, DOMAINS.length)]));
        b.set("zip", fresh(ZIPS[rnd.nextInt(ZIPS.length)]));
        b.set("status", rnd.nextInt(50) == 0 ? null : fresh(STATUSES[rnd.nextInt(STATUSES.length)]));
        // others
        b.set("flag", rnd.nextBoolean());
        b.set("comment", fresh(PHRASES[rnd.nextInt(PHRASES.length)]));
        b.set("category_code", (long) rnd.nextInt(200));
        b.set("label", fresh(rnd.nextInt(10) < 8 ? "neg" : "pos"));
        return b.build();
    }

    private static String fresh(String s) {
        return new String(s.toCharArray());
    }

    /** A value index skewed towards small ones (roughly Zipf-like). */
    private static int skewed(SplittableRandom rnd, int n) {
        return (int) (n * Math.pow(rnd.nextDouble(), 3));
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller, one of the pair
        double u = 1 - rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    private static String[] pool(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = prefix + i;
        return out;
    }

    private static String[] zips(int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) out[i] = String.format("%05d", i * 4 + 1000);
        return out;
    }
}
