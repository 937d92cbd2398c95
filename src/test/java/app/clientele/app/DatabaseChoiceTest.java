package app.clientele.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.SharedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database a start opens: the command line first, then the settings, else the H2 file. */
class DatabaseChoiceTest {
    private static final SharedDatabase OFFICE = new SharedDatabase("jdbc:postgresql://office:5432/clientele", "anna");

    @TempDir
    Path folder;

    @Test
    void nothingConfigured_opensTheDataFoldersOwnFile() {
        assertEquals(Optional.empty(), DatabaseChoice.of(args(), Preferences.load(folder)));
    }

    @Test
    void commandLine_namesTheSharedDatabaseAndItsUser() {
        assertEquals(Optional.of(new SharedDatabase("jdbc:postgresql://db.firm:6543/crm", "ben")),
                DatabaseChoice.of(args("--db", "jdbc:postgresql://db.firm:6543/crm", "--db-user", "ben"),
                        Preferences.load(folder)));
    }

    @Test
    void settings_areUsedUnlessTheCommandLineSaysLocal() {
        Preferences preferences = Preferences.load(folder);
        preferences.setSharedDatabase(OFFICE);
        preferences.save();
        Preferences reread = Preferences.load(folder);

        assertEquals(Optional.of(OFFICE), DatabaseChoice.of(args(), reread));
        assertEquals(Optional.empty(), DatabaseChoice.of(args("--db", "local"), reread));
    }

    @Test
    void settingsFile_neverHoldsAPassword() throws Exception {
        Preferences preferences = Preferences.load(folder);
        preferences.setSharedDatabase(OFFICE);
        preferences.save();

        String saved = Files.readString(folder.resolve(Preferences.FILE_NAME));
        assertEquals(List.of("database.url", "database.user"), saved.lines().filter(line -> line.startsWith("database"))
                .map(line -> line.substring(0, line.indexOf('='))).sorted().toList());
    }

    @Test
    void commandLine_withAnAddressThatIsNotPostgresql_isRefusedClearly() {
        ClienteleException refused = assertThrows(ClienteleException.class, () -> DatabaseChoice.of(
                args("--db", "jdbc:mysql://office/crm", "--db-user", "ben"), Preferences.load(folder)));
        assertEquals("shared.error.url", refused.messageKey());
    }

    private static CommandLine args(String... args) {
        return CommandLine.parse(List.of(args));
    }
}
