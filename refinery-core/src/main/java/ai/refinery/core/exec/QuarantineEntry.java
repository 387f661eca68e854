package ai.refinery.core.exec;

import ai.refinery.core.record.Record;

/**
 * A record that could not be processed: where it came from, which stage refused it and why, and
 * its content (the raw text when it could not be parsed, else the record).
 */
record QuarantineEntry(String source, long line, String stage, String error, String raw, Record record) {
    static final int MAX_RAW_CHARS = 8192;

    static QuarantineEntry unreadable(String source, long line, String error, String raw) {
        String r = raw.length() > MAX_RAW_CHARS ? raw.substring(0, MAX_RAW_CHARS) + "...[truncated]" : raw;
        return new QuarantineEntry(source, line, "read", error, r, null);
    }
}
