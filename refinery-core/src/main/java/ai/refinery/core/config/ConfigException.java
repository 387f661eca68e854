package ai.refinery.core.config;

/**
 * A recipe or setting is wrong. The message starts with where ({@code recipe.yaml:12:7}) and says what
 * to change; the CLI maps it to exit code 2.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Mark mark;

    public ConfigException(Mark mark, String message) {
        super((mark == null ? "" : mark + ": ") + message);
        this.mark = mark;
    }

    public ConfigException(Mark mark, String message, Throwable cause) {
        super((mark == null ? "" : mark + ": ") + message, cause);
        this.mark = mark;
    }

    public Mark mark() {
        return mark;
    }
}
