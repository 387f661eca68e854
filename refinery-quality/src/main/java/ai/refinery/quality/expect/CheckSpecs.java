package ai.refinery.quality.expect;

import ai.refinery.core.config.Setting;
import ai.refinery.core.record.FieldType;
import java.util.List;

/** The settings of each check, bound and validated like operator configs (unknown keys are errors). */
final class CheckSpecs {
    private CheckSpecs() {}

    static void fraction(String key, double v) {
        if (!(v >= 0 && v <= 1)) throw new IllegalArgumentException(key + " must be a fraction in [0, 1], got " + v);
    }

    static void someBound(Double min, Double max) {
        if (min == null && max == null) throw new IllegalArgumentException("give min, max or both");
        if (min != null && max != null && min > max) throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }

    static void pair(List<Double> between) {
        if (between == null || between.size() != 2) throw new IllegalArgumentException("between must be [low, high]");
        if (between.get(0) > between.get(1)) throw new IllegalArgumentException("between [" + between.get(0) + ", " + between.get(1) + "] is empty");
    }

    record RowCount(@Setting(value = "Fewest rows allowed.", optional = true) Double min,
                    @Setting(value = "Most rows allowed.", optional = true) Double max) {
        RowCount { someBound(min, max); }
    }

    record RowCountChange(@Setting("Largest allowed change of the row count from the last version, as a fraction (0.1 = ±10%).") double maxRelative) {
        RowCountChange {
            if (!(maxRelative >= 0)) throw new IllegalArgumentException("max_relative must be >= 0, got " + maxRelative);
        }
    }

    record Completeness(@Setting("The column.") String column,
                        @Setting(value = "Smallest allowed fraction of rows where it is present and not null.", defaultValue = "1.0") double min) {
        Completeness { fraction("min", min); }
    }

    record Unique(@Setting("The column whose values must not repeat.") String column) {}

    record DistinctCount(@Setting("The column.") String column,
                         @Setting(value = "Fewest distinct values (HyperLogLog estimate).", optional = true) Double min,
                         @Setting(value = "Most distinct values (HyperLogLog estimate).", optional = true) Double max) {
        DistinctCount { someBound(min, max); }
    }

    record ValuesIn(@Setting("The column.") String column,
                    @Setting("The allowed values.") List<Object> values,
                    @Setting(value = "Fraction of non-null values that must be in the set.", defaultValue = "1.0") double mostly) {
        ValuesIn {
            if (values.isEmpty()) throw new IllegalArgumentException("values must not be empty");
            fraction("mostly", mostly);
        }
    }

    record Between(@Setting("The column.") String column,
                   @Setting(value = "Smallest allowed value.", optional = true) Double min,
                   @Setting(value = "Largest allowed value.", optional = true) Double max,
                   @Setting(value = "Fraction of non-null values that must be in range.", defaultValue = "1.0") double mostly) {
        Between {
            someBound(min, max);
            fraction("mostly", mostly);
        }
    }

    record Matches(@Setting("The column.") String column,
                   @Setting("A Java regular expression the whole value must match.") String regex,
                   @Setting(value = "Fraction of non-null values that must match.", defaultValue = "1.0") double mostly) {
        Matches {
            fraction("mostly", mostly);
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("regex does not compile: " + e.getDescription() + " near index " + e.getIndex()
                        + " of '" + regex + "'");
            }
        }
    }

    record Type(@Setting("The column.") String column,
                @Setting("The type its non-null values must have: string, long, double, boolean, bytes, float_vector, list or map.") FieldType type,
                @Setting(value = "Fraction of non-null values that must have it.", defaultValue = "1.0") double mostly) {
        Type { fraction("mostly", mostly); }
    }

    record Statistic(@Setting("The column.") String column,
                     @Setting("The range [low, high] the statistic must lie in.") List<Double> between) {
        Statistic { pair(between); }
    }

    record Quantile(@Setting("The column.") String column,
                    @Setting("The quantile, e.g. 0.5 for the median.") double q,
                    @Setting("The range [low, high] the quantile must lie in.") List<Double> between) {
        Quantile {
            fraction("q", q);
            pair(between);
        }
    }

    record ClassBalance(@Setting("The label column.") String column,
                        @Setting("Largest allowed ratio of the largest class's count to the smallest's.") double maxRatio) {
        ClassBalance {
            if (!(maxRatio >= 1)) throw new IllegalArgumentException("max_ratio must be >= 1, got " + maxRatio);
        }
    }

    record Expression(@Setting("An expression in the filter language that must be true, e.g. 'age >= 0 && age < 120'.") String expr,
                      @Setting(value = "Fraction of rows for which it must be true.", defaultValue = "1.0") double mostly) {
        Expression { fraction("mostly", mostly); }
    }

    record Anomaly(@Setting("The metric, e.g. row_count, completeness(age), mean(age), quantile(age,0.5).") String metric,
                   @Setting(value = "Largest allowed relative change from the last version (0.1 = ±10%).", optional = true) Double maxRelativeChange,
                   @Setting(value = "Largest allowed absolute change from the last version.", optional = true) Double maxAbsoluteChange,
                   @Setting(value = "Largest allowed distance from the past versions' mean, in their standard deviations (needs 3 past versions).",
                           optional = true) Double stddevs) {
        Anomaly {
            int given = (maxRelativeChange != null ? 1 : 0) + (maxAbsoluteChange != null ? 1 : 0) + (stddevs != null ? 1 : 0);
            if (given != 1) throw new IllegalArgumentException("give exactly one of max_relative_change, max_absolute_change, stddevs");
        }
    }
}
