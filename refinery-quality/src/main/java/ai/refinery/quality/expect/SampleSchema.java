package ai.refinery.quality.expect;

import ai.refinery.core.config.ConfigException;
import ai.refinery.core.config.Suggestions;
import ai.refinery.core.record.FieldType;
import ai.refinery.core.record.Record;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns seen in a sample of records and their value types, to check before a run that
 * expectations name real columns of the right kind (so a typo fails at validation, not after
 * an hour of processing).
 */
final class SampleSchema {
    private final Map<String, Set<FieldType>> types = new LinkedHashMap<>();
    private final int rows;

    SampleSchema(List<Record> sample) {
        rows = sample.size();
        for (Record r : sample) {
            for (int i = 0; i < r.fieldCount(); i++) {
                Set<FieldType> t = types.computeIfAbsent(r.fieldName(i), k -> EnumSet.noneOf(FieldType.class));
                Object v = r.fieldValue(i);
                if (v != null) t.add(FieldType.of(v));
            }
        }
    }

    int rows() {
        return rows;
    }

    /**
     * Checks each expectation's columns.
     *
     * @param what e.g. "the first 1000 input records"
     */
    void check(List<ExpectationParser.Parsed> expectations, String what) {
        if (rows == 0) return;
        for (ExpectationParser.Parsed p : expectations) {
            for (Map.Entry<String, String> need : ExpectationParser.needs(p.expectation()).entrySet()) {
                String column = need.getKey();
                Set<FieldType> seen = types.get(column);
                if (seen == null) {
                    throw new ConfigException(p.mark(), "expectation '" + p.expectation().name() + "': no column '" + column + "' in "
                            + what + Suggestions.didYouMean(column, types.keySet()) + "; columns: " + String.join(", ", types.keySet()));
                }
                if (need.getValue().equals("numeric") && !seen.isEmpty() && !seen.contains(FieldType.LONG) && !seen.contains(FieldType.DOUBLE)) {
                    throw new ConfigException(p.mark(), "expectation '" + p.expectation().name() + "' needs numbers, but column '" + column
                            + "' holds " + labels(seen) + " values in " + what + "; cast it first (op: cast) or check another column");
                }
            }
        }
    }

    private static String labels(Set<FieldType> types) {
        return String.join("/", types.stream().map(FieldType::label).toList());
    }
}
