package ai.refinery.core.exec;

import ai.refinery.core.record.Record;

/** A dropped record kept as an example of what a step drops and why. */
record DroppedSample(String step, String reason, String source, long line, Record record) {
}
