package ai.refinery.core.ops;

import ai.refinery.core.record.Record;
import java.util.List;
import java.util.Map;

/** Small, varied records shared by the operator tests. */
final class SampleRecords {
    private SampleRecords() {}

    static Record person(String id, String name, Object age, String lang) {
        return Record.builder(id).set("name", name).set("age", age).set("lang", lang).build();
    }

    /** People with text, numbers, nulls, nested values and meta; "p4" repeats "p1" except for its id. */
    static List<Record> people() {
        return List.of(
                Record.builder("p1").set("name", "Ada Lovelace").set("age", 36L).set("lang", "en")
                        .set("score", 0.9).set("tags", List.of("math", "poetry")).meta("source", "a.jsonl").build(),
                Record.builder("p2").set("name", "  alan TURING ").set("age", "41").set("lang", "en")
                        .set("score", 0.75).set("tags", List.of()).build(),
                Record.builder("p3").set("name", "Grace Hopper").set("age", null).set("lang", "de")
                        .set("address", Map.of("city", "Arlington", "zip code", "22201")).build(),
                Record.builder("p4").set("name", "Ada Lovelace").set("age", 36L).set("lang", "en")
                        .set("score", 0.9).set("tags", List.of("math", "poetry")).meta("source", "b.jsonl").build(),
                Record.builder("p5").set("name", "").set("age", 7.0).set("lang", "fr").set("active", true).build(),
                Record.builder("p6").set("name", "ALAN turing").set("age", "41").set("lang", "en")
                        .set("score", 0.75).set("tags", List.of()).build(),
                Record.builder("p7").set("age", 120L).set("lang", null).set("blob", new byte[] {1, 2, 3}).build());
    }
}
