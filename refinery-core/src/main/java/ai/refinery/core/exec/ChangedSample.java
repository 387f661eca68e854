package ai.refinery.core.exec;

import ai.refinery.core.record.Record;

/** An example of a record a mapper changed: what it was and what it became, kept for the report. */
record ChangedSample(String step, String source, long line, Record before, Record after) {}
