package ai.refinery.quality.ops;

import static ai.refinery.quality.ops.Recs.rec;

import ai.refinery.core.record.Record;
import java.util.List;
import java.util.Map;

/** Table rows with what cleaning meets: padding, placeholders, synonyms, mixed formats, gaps, extremes. */
final class TableRows {
    private TableRows() {}

    static List<Record> rows() {
        return List.of(
                rec("r1", "name", "  Ada   Lovelace ", "sex", "F", "age", 36L, "income", ">50K.", "when", "2024-03-01",
                        "price", "1,234.50", "score", 0.9),
                rec("r2", "name", "ALAN TURING", "sex", "male", "age", null, "income", "<=50K", "when", "01/03/2024",
                        "price", "$12", "score", Double.NaN),
                rec("r3", "name", "?", "sex", "woman", "age", 120L, "income", "?", "when", "not a date", "price", "12abc",
                        "score", 7.5),
                rec("r4", "name", "", "sex", "x", "age", -1L, "income", "N/A", "when", 1709251200L, "price", "(300)",
                        "score", -2.0),
                rec("r5", "name", "Grace Hopper", "sex", "M", "income", ">50K", "when", "31/02/2024", "price", "45%"),
                rec("r6", "name", "\uff27\uff52\uff41\uff43\uff45", "sex", "Female", "age", 41L, "income", " >50K. ", "when", null,
                        "price", ""));
    }

    /** Outlier settings with every bound given, so nothing needs fitting. */
    static Map<String, Object> givenBounds() {
        return Map.of("fields", List.of("age", "score"),
                "bounds", Map.of("age", Map.of("min", 0, "max", 99.5), "score", Map.of("max", 1.0)));
    }
}
