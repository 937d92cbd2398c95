package app.clientele.persistence;

import java.nio.file.Path;
import java.time.Clock;

/** A child process for crash tests: writes backups one after another until it is killed. */
public final class BackupLoop {
    private BackupLoop() {
    }

    public static void main(String[] args) {
        try (Database database = Database.open(Path.of(args[0]))) {
            Backups backups = new Backups(database, Clock.systemUTC());
            for (int i = 0; ; i++) {
                backups.backUpTo(backups.folder().resolve("loop-" + i + ".zip"));
                System.out.println(i);
                System.out.flush();
            }
        }
    }
}
