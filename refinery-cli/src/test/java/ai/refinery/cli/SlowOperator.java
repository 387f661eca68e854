package ai.refinery.cli;

import ai.refinery.core.config.Setting;
import ai.refinery.core.op.Operator;
import ai.refinery.core.op.OperatorContext;
import ai.refinery.core.op.OperatorProvider;
import ai.refinery.core.op.RecordMapper;

/** Sleeps a little every n records so that a test can kill a run part-way (test only). */
public final class SlowOperator extends OperatorProvider<SlowOperator.Config> {
    public record Config(@Setting(value = "Sleep once every this many records.", defaultValue = "100") long every,
                         @Setting(value = "Milliseconds to sleep.", defaultValue = "5") long millis) {}

    public SlowOperator() {
        super("test_slow", "Sleeps now and then (test only).", Config.class);
    }

    @Override
    public Operator create(Config c, OperatorContext ctx) {
        return (RecordMapper) r -> {
            Object n = r.get("n");
            if (n instanceof Long l && l % c.every() == 0) {
                try {
                    Thread.sleep(c.millis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return r;
        };
    }
}
