package ai.refinery.quality.profile;

import ai.refinery.core.record.Record;
import ai.refinery.core.tap.RecordTap;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: records from maps, and profiles computed in one or several partials. */
final class Profiles {
    private Profiles() {}

    /** A record with fields from alternating names and values; a value of {@link #MISSING} leaves the field out. */
    static Record row(String id, Object... namesAndValues) {
        Record.Builder b = Record.builder(id);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != MISSING) b.set((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return b.build();
    }

    static final Object MISSING = new Object();

    static DatasetProfile profile(ProfileOptions options, List<Record> records) {
        DatasetProfiler p = new DatasetProfiler(options);
        RecordTap.feed(p, records);
        return p.result();
    }

    /** Profiles {@code records} split into {@code parts} consecutive partials merged in order. */
    static DatasetProfile profileInParts(ProfileOptions options, List<Record> records, int parts) {
        DatasetProfiler p = new DatasetProfiler(options);
        for (List<Record> part : split(records, parts)) RecordTap.feed(p, part);
        return p.result();
    }

    /** Profiles in {@code parts} partials combined pairwise as a tree (as a Spark reduce might), then merged once. */
    static DatasetProfile profileAsTree(ProfileOptions options, List<Record> records, int parts) {
        DatasetProfiler p = new DatasetProfiler(options);
        List<DatasetProfiler.Partial> level = new ArrayList<>();
        for (List<Record> part : split(records, parts)) {
            DatasetProfiler.Partial partial = p.newPartial();
            part.forEach(partial::accept);
            level.add(partial);
        }
        while (level.size() > 1) {
            List<DatasetProfiler.Partial> next = new ArrayList<>();
            for (int i = 0; i < level.size(); i += 2) {
                DatasetProfiler.Partial a = level.get(i);
                if (i + 1 < level.size()) a.absorb(level.get(i + 1));
                next.add(a);
            }
            level = next;
        }
        p.merge(level.get(0));
        return p.result();
    }

    static List<List<Record>> split(List<Record> records, int parts) {
        List<List<Record>> out = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            out.add(records.subList((int) ((long) records.size() * i / parts), (int) ((long) records.size() * (i + 1) / parts)));
        }
        return out;
    }
}
