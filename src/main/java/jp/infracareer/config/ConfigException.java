package jp.infracareer.config;

/** A missing or malformed setting: the message is one line that names it and says how to fix it. */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
