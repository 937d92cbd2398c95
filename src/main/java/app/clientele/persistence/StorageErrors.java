package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleCallbackDecorator;

/**
 * Turns storage failures into sentences: a full disk or a read-only folder is the user's to fix,
 * and they must hear what happened, not a database error; so is a shared database's server that
 * cannot be reached any more. Every database call goes through it.
 */
final class StorageErrors implements HandleCallbackDecorator {
    private static final int H2_READ_ONLY = 90097;
    private final Path folder;

    /** @param folder the data folder of the H2 file, or null for a shared database */
    StorageErrors(Path folder) {
        this.folder = folder;
    }

    @Override
    public <R, X extends Exception> HandleCallback<R, X> decorate(HandleCallback<R, X> callback) {
        return handle -> {
            try {
                return callback.withHandle(handle);
            } catch (RuntimeException failure) {
                throw translate(failure);
            }
        };
    }

    RuntimeException translate(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClienteleException) {
                return failure;
            }
            if (cause instanceof IOException io && isDiskFull(io) && folder != null) {
                return new ClienteleException(failure, "error.diskFull", folder.toString());
            }
            if (cause instanceof SQLException sql && sql.getErrorCode() == H2_READ_ONLY && folder != null) {
                return new ClienteleException(failure, "error.readOnly", folder.toString());
            }
            if (cause instanceof SQLException sql && ServerConnections.isConnectionLost(sql)) {
                return new ClienteleException(failure, "shared.error.lost");
            }
        }
        return failure;
    }

    /** The operating systems' words for a full disk (Linux and macOS, then Windows). */
    private static boolean isDiskFull(IOException failure) {
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("no space left") || message.contains("not enough space");
    }
}
