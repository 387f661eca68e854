package ai.refinery.core.io;

/** A raw input unit cannot become a record; the engine quarantines it with this message. */
public class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    public BadRecordException(String message) {
        super(message, null, false, false);
    }

    public BadRecordException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
