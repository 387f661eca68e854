package ai.refinery.core.io.csv;

/**
 * A row the CSV parser rejected (a character after a closing quote, a quote never closed). It is
 * still handed on as a unit so the engine quarantines it with its line instead of losing it.
 *
 * @param message why the row could not be parsed
 * @param tail    what the parser read of the row after the error, for the quarantine file
 */
record BrokenRow(String message, String tail) {
}
