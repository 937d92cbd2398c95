package app.clientele.exchange;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.EmailAddress;
import app.clientele.exchange.Importer.Action;
import app.clientele.exchange.Importer.DuplicateChoice;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    private static final String HEADER = "Name,E-mail,Phone,Company,Birthday\n";

    @TempDir
    Path folder;
    private Database database;
    private JdbiClientRepository clients;
    private Importer importer;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        importer = new Importer(new JdbiExchangeRepository(database.jdbi(), Clock.systemUTC()));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ContactFileInfo csv(String text) throws Exception {
        Path file = folder.resolve("contacts-" + System.nanoTime() + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return ContactFiles.inspect(file);
    }

    private Client stored(String name) {
        return clients.summaries().stream().filter(summary -> summary.displayName().equals(name))
                .map(summary -> clients.find(summary.id()).orElseThrow()).findFirst().orElseThrow();
    }

    @Test
    void preview_showsCreatesDuplicatesAndProblemsWithTheirLines_andWritesNothing() throws Exception {
        clients.create(aClient().withName("Jane Stored").withEmail("work", "jane@example.com").build());
        ContactFileInfo file = csv(HEADER
                + "Jane Doe,JANE@example.com,,Acme,\n"
                + "Bob Roe,bob@example.com,010-2222-3333,,31.02.1980\n"
                + "Bobby Roe,,+82 10 2222 3333,,\n");

        Importer.Preview preview = importer.preview(file, Importer.Options.onDuplicate(DuplicateChoice.SKIP), Progress.NONE);

        assertEquals(List.of(Action.SKIP, Action.CREATE, Action.SKIP), preview.rows().stream().map(Importer.Row::action).toList());
        Importer.Row jane = preview.rows().get(0);
        assertTrue(jane.duplicate());
        assertEquals("Jane Stored", jane.duplicateOf());
        assertEquals("jane@example.com", jane.matchedBy());
        Importer.Row bobby = preview.rows().get(2);
        assertTrue(bobby.duplicate());
        assertEquals(3, bobby.duplicateOfLine());
        assertEquals(1, preview.problems().size());
        Problem birthday = preview.problems().get(0);
        assertEquals(3, birthday.where().line());
        assertEquals("import.problem.birthday", birthday.messageKey());
        assertEquals(List.of("31.02.1980"), birthday.arguments());
        assertFalse(preview.hasErrors());
        assertEquals(1, clients.count());
    }

    @Test
    void duplicateChoices_skipUpdateOrCreate_perContact() throws Exception {
        clients.create(aClient().withName("Jane Stored").withEmail("work", "jane@example.com").build());
        clients.create(aClient().withName("Kim Stored").withPhone("mobile", "010-1111-2222").build());
        clients.create(aClient().withName("Lee Stored").withEmail("work", "lee@example.com").build());
        ContactFileInfo file = csv(HEADER
                + "Jane Doe,jane@example.com,,Acme,\n"
                + "Kim New,,01011112222,Kim & Co,\n"
                + "Lee New,lee@example.com,,,\n");

        Importer.Result result = importer.importFile(file, new Importer.Options(null, DuplicateChoice.SKIP,
                Map.of(3, DuplicateChoice.UPDATE, 4, DuplicateChoice.CREATE)), Progress.NONE);

        assertEquals(List.of(1, 1, 0, 1), List.of(result.created(), result.updated(), result.unchanged(), result.skipped()));
        assertEquals(null, stored("Jane Stored").organisation());
        Client kim = stored("Kim New");
        assertEquals("Kim & Co", kim.organisation());
        assertEquals(1, kim.phones().size());
        assertEquals(4, clients.count());
    }

    @Test
    void reimportingWithUpdate_changesNothingTheSecondTime() throws Exception {
        ContactFileInfo file = csv(HEADER
                + "Jane Doe,jane@example.com,010-1234-5678,Acme,1980-03-22\n"
                + "Bob Roe,bob@example.com,,,bad date\n");
        Importer.Options update = Importer.Options.onDuplicate(DuplicateChoice.UPDATE);
        importer.importFile(file, update, Progress.NONE);
        Client before = stored("Jane Doe");

        Importer.Result again = importer.importFile(file, update, Progress.NONE);

        assertEquals(0, again.created());
        assertEquals(0, again.updated());
        assertEquals(2, again.unchanged());
        assertEquals(before, stored("Jane Doe"));
        assertEquals(2, clients.count());
        assertEquals("Birthday: bad date", stored("Bob Roe").notes());
    }

    @Test
    void update_addsNewEmailsAndKeepsWhatTheFileLacks() throws Exception {
        clients.create(aClient().withName("Jane Doe").withEmail("work", "jane@example.com").withJobTitle("Partner")
                .withTags("VIP").build());
        ContactFileInfo file = csv("Name,E-mail,E-mail 2,Tags\nJane D.,jane@example.com,jd@home.example,golf\n");

        importer.importFile(file, Importer.Options.onDuplicate(DuplicateChoice.UPDATE), Progress.NONE);

        Client jane = stored("Jane D.");
        assertEquals(List.of("jane@example.com", "jd@home.example"), jane.emails().stream().map(EmailAddress::address).toList());
        assertEquals("Partner", jane.jobTitle());
        assertEquals(List.of("golf", "VIP"), jane.tags());
    }

    @Test
    void aFileWithAnErrorOnItsLastLine_importsNothing() throws Exception {
        clients.create(aClient().withName("Already here").build());
        ContactFileInfo file = csv(HEADER
                + "Jane Doe,jane@example.com,,,\n"
                + "Bob Roe,bob@example.com,,,\n"
                + "\"Broken, never closed,x,y,z\n");

        ImportRefusedException refused = assertThrows(ImportRefusedException.class, () ->
                importer.importFile(file, Importer.Options.onDuplicate(DuplicateChoice.SKIP), Progress.NONE));

        assertEquals(4, refused.problem().where().line());
        assertEquals("import.problem.malformedCsv", refused.problem().messageKey());
        assertEquals(1, clients.count());
    }

    @Test
    void cancelling_halfWay_leavesTheDatabaseAsItWas() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            text.append("Person ").append(i).append(",p").append(i).append("@example.com,,,\n");
        }
        ContactFileInfo file = csv(text.toString());
        Progress cancelLate = new Progress() {
            private int checks;

            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return ++checks > 2500;
            }
        };

        assertThrows(CancellationException.class, () ->
                importer.importFile(file, Importer.Options.onDuplicate(DuplicateChoice.SKIP), cancelLate));

        assertEquals(0, clients.count());
    }

    @Test
    void manyContacts_areWrittenInBatchesInOneTransaction() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 2500; i++) {
            text.append("Person ").append(i).append(",p").append(i).append("@example.com,010-3").append(1000 + i)
                    .append("-0000,,\n");
        }

        Importer.Result result = importer.importFile(csv(text.toString()),
                Importer.Options.onDuplicate(DuplicateChoice.SKIP), Progress.NONE);

        assertEquals(2500, result.created());
        assertEquals(2500, clients.count());
        Client last = stored("Person 2499");
        assertEquals("p2499@example.com", last.primaryEmail().orElseThrow().address());
        assertEquals("010-33499-0000", last.phones().get(0).number());
    }

    @Test
    void sameContactTwiceInOneFile_withUpdate_becomesOneClient() throws Exception {
        ContactFileInfo file = csv(HEADER
                + "Jane Doe,jane@example.com,,,\n"
                + "Jane Doe,jane@example.com,010-7777-8888,Acme,\n");

        Importer.Result result = importer.importFile(file, Importer.Options.onDuplicate(DuplicateChoice.UPDATE),
                Progress.NONE);

        assertEquals(1, result.created());
        assertEquals(1, result.updated());
        Client jane = stored("Jane Doe");
        assertEquals("Acme", jane.organisation());
        assertEquals("010-7777-8888", jane.phones().get(0).number());
    }
}
