package raingan.warehouse;

import java.io.IOException;

/**
 * The warehouse as a whole cannot be used: it cannot be reached or opened, its schema cannot be
 * migrated, or the connection broke. A single record the warehouse refuses is not this, but a
 * {@link Rejection}.
 */
public final class WarehouseException extends IOException {
    private static final long serialVersionUID = 1L;

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }

    public WarehouseException(String message) {
        super(message);
    }
}
