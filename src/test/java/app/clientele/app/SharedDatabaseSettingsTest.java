package app.clientele.app;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.DataCopy;
import app.clientele.domain.SharedDatabase;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.DatabaseCopy;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import app.clientele.viewmodel.data.SharedDatabaseViewModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Shared database settings and the two copies, on a real PostgreSQL server (skipped without
 * one): a connection is tested before it is saved, the password never reaches the settings file,
 * and a copy moves everything and reports the counts.
 */
class SharedDatabaseSettingsTest {
    private static final Texts TEXTS = new Texts(Locale.ENGLISH);

    @TempDir
    Path folder;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @Test
    void save_testsTheConnectionFirst_andKeepsTheAddressButNeverThePassword() throws Exception {
        try (TestDatabase server = TestDatabase.fresh(Engine.POSTGRESQL, folder);
             AppContext context = AppContext.open(folder.resolve("laptop"), again -> null)) {
            SharedDatabaseViewModel settings = settings(context);
            settings.open();
            fillIn(settings, server.shared(), "wrong password");

            settings.save();

            assertTrue(settings.showingProperty().get(), "a refused login keeps the form open");
            assertEquals(Optional.empty(), Preferences.load(context.dataFolder()).sharedDatabase());
            assertEquals(1, dialogs.errors().size());

            settings.passwordProperty().set(new String(TestDatabase.password()));
            settings.save();

            assertFalse(settings.showingProperty().get());
            SharedDatabase saved = Preferences.load(context.dataFolder()).sharedDatabase().orElseThrow();
            assertEquals(server.shared().host(), saved.host());
            assertEquals(server.shared().user(), saved.user());
            String file = Files.readString(context.dataFolder().resolve(Preferences.FILE_NAME));
            assertFalse(file.contains("wrong password") || file.toLowerCase(Locale.ROOT).contains("password"), file);
        }
    }

    @Test
    void copyToThisComputer_backsUpTheFileThenReplacesItWithTheSharedData() {
        try (TestDatabase server = TestDatabase.fresh(Engine.POSTGRESQL, folder)) {
            Path laptop = folder.resolve("laptop");
            try (AppContext local = AppContext.open(laptop, again -> null)) {
                local.clients().create(aClient().withName("Only On The Laptop").build());
            }
            try (AppContext shared = AppContext.open(laptop, server.shared(), Preferences.load(laptop), TEXTS,
                    Clock.systemUTC(), again -> TestDatabase.password())) {
                shared.clients().create(aClient().withName("Jane Doe").build());
                shared.clients().create(aClient().withName("John Roe").build());
                SharedDatabaseViewModel settings = settings(shared);
                dialogs.answerConfirm(true);

                settings.copyToThisComputer();

                assertEquals(List.of(), dialogs.errors());
                assertTrue(dialogs.infos().get(0).startsWith("Copied to this computer: 2 clients"),
                        dialogs.infos().toString());
                try (Stream<Path> backups = Files.list(laptop.resolve("backups"))) {
                    assertTrue(backups.anyMatch(file -> file.getFileName().toString().startsWith("before-copy-")));
                }
                try (Database copy = Database.open(laptop)) {
                    assertEquals(DatabaseCopy.counts(shared.database()), DatabaseCopy.counts(copy));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void toSharedDatabase_copiesThisComputersDataUpInOneStep() {
        try (TestDatabase server = TestDatabase.fresh(Engine.POSTGRESQL, folder);
             AppContext local = AppContext.open(folder.resolve("laptop"), again -> null)) {
            local.clients().create(aClient().withName("Jane Doe").build());

            DataCopy.Report report = new DataTransfer(local, again -> null)
                    .toSharedDatabase(server.shared(), TestDatabase.password(), DataCopy.Progress.NONE);

            assertEquals(1, report.rows("client"));
            assertEquals(DatabaseCopy.counts(local.database()), DatabaseCopy.counts(server.open()));
        }
    }

    @Test
    void copyToSharedCommand_withoutAPassword_saysHowToGiveOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv(AppContext.DB_PASSWORD_VARIABLE) == null);

        int exit = cli.run(CommandLine.parse(List.of("copy-to-shared", "--data", folder.toString(),
                "--db", "jdbc:postgresql://office:5432/clientele", "--db-user", "anna")));

        assertEquals(Cli.FAILED, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("CLIENTELE_DB_PASSWORD"), err.toString());
    }

    private SharedDatabaseViewModel settings(AppContext context) {
        return new SharedDatabaseViewModel(new SharedDatabaseSettings(context), new DataTransfer(context, again -> null),
                new SameThreadTaskRunner(), dialogs, TEXTS);
    }

    private static void fillIn(SharedDatabaseViewModel settings, SharedDatabase shared, String password) {
        settings.hostProperty().set(shared.host());
        settings.portProperty().set(Integer.toString(shared.port()));
        settings.databaseProperty().set(shared.database());
        settings.userProperty().set(shared.user());
        settings.passwordProperty().set(password);
    }
}
