package app.clientele.app;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.DataCopy;
import app.clientele.domain.SharedDatabase;
import app.clientele.persistence.Backups;
import app.clientele.persistence.Database;
import app.clientele.persistence.DatabaseCopy;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The two one-step moves between this computer's H2 file and the firm's shared database, made
 * from whichever of the two Clientele has open: up to the server from the file, down to the file
 * (a laptop copy) from the server. {@link DatabaseCopy} does the copying and counting.
 */
final class DataTransfer implements DataCopy {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private final AppContext context;
    private final AppContext.PasswordPrompt localPasswords;

    /** @param localPasswords asks for the file's password when it is encrypted (copying down to it) */
    DataTransfer(AppContext context, AppContext.PasswordPrompt localPasswords) {
        this.context = context;
        this.localPasswords = localPasswords;
    }

    @Override
    public Report toSharedDatabase(SharedDatabase target, char[] password, Progress progress) {
        if (context.isShared()) {
            throw new ClienteleException("copy.error.notLocal");
        }
        try (Database shared = Database.open(target, password)) {
            return DatabaseCopy.copy(context.database(), shared, false, progress);
        }
    }

    @Override
    public Report toThisComputer(boolean replace, Progress progress) {
        if (!context.isShared()) {
            throw new ClienteleException("copy.error.notShared");
        }
        try (Database local = AppContext.openDatabase(context.dataFolder(), localPasswords)) {
            if (replace) {
                Backups backups = new Backups(local, context.clock());
                backups.backUpTo(backups.folder().resolve("before-copy-"
                        + STAMP.format(LocalDateTime.now(context.clock())) + ".zip"));
            }
            return DatabaseCopy.copy(context.database(), local, replace, progress);
        }
    }
}
