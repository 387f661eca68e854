package ai.refinery.core.exec;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids that sort by start time and stay unique: {@code 20261128T213000Z-3f9a1c}. */
final class RunIds {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private RunIds() {}

    static String next(Instant now) {
        return FORMAT.format(now) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    }
}
