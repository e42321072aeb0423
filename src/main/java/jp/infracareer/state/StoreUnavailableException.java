package jp.infracareer.state;

/**
 * The store could not be reached (a shared store's server is down or too slow). Nothing was changed; the
 * caller tells the user to try again in a moment instead of failing the request.
 */
public final class StoreUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
