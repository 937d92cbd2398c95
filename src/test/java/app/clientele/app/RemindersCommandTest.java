package app.clientele.app;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.ClientRef;
import app.clientele.domain.FollowUp;
import app.clientele.domain.Priority;
import app.clientele.domain.TrashEntry;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiTrash;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily digest on the command line, on a fixed day, without a display. */
class RemindersCommandTest {
    @TempDir
    Path dataFolder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void someClients() {
        try (AppContext context = AppContext.open(dataFolder, Preferences.load(dataFolder), new Texts(Locale.ENGLISH),
                Clock.systemDefaultZone())) {
            context.clients().create(aKoreanClient().build());
            long jane = context.clients().create(aClient().withName("Jane Doe")
                    .withBirthday(Birthday.solar(1, 3, 1970)).build()).id();
            context.followUps().create(FollowUp.open(new ClientRef(jane, "Jane Doe"), null, "Send the contract",
                    LocalDate.of(2026, 12, 20), null, Priority.NORMAL));
        }
    }

    private int run(String... args) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(CommandLine.parse(List.of(args)));
    }

    @Test
    void anyCommand_firstDeletesWhatHasBeenInTheTrashTooLong() {
        try (Database database = Database.open(dataFolder)) {
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            Clock fortyDaysAgo = Clock.offset(Clock.systemUTC(), Duration.ofDays(-40));
            new JdbiTrash(database.jdbi(), fortyDaysAgo).moveToTrash(clients.create(aClient().withName("Long gone").build()).id());
            new JdbiTrash(database.jdbi(), Clock.systemUTC()).moveToTrash(clients.create(aClient().withName("Just deleted").build()).id());
        }

        assertEquals(Cli.OK, run("reminders", "--data", dataFolder.toString()));

        try (Database database = Database.open(dataFolder)) {
            assertEquals(List.of("Just deleted"), new JdbiTrash(database.jdbi(), Clock.systemUTC()).entries().stream()
                    .map(TrashEntry::displayName).toList());
        }
    }

    @Test
    void csvDigest_acrossTheYearEnd_hasBirthdaysCardsAndOverdueFollowUps() {
        assertEquals(Cli.OK, run("reminders", "--today", "2026-12-28", "--days", "10", "--format", "csv",
                "--data", dataFolder.toString()));

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(String.join(",", RemindersCommand.CSV_COLUMNS), lines.get(0));
        assertEquals(List.of("birthday,2027-01-03," + "2,Jane Doe,57,,false,", "card,2027-01-03,2,Jane Doe,57,,false,",
                "follow-up,2026-12-20,2,Jane Doe,,,,Send the contract"), lines.subList(1, lines.size()));
    }

    @Test
    void textDigest_showsALunarBirthdayOnItsSolarDay() {
        assertEquals(Cli.OK, run("reminders", "--today", "2026-09-20", "--data", dataFolder.toString()));

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("박민수"), text);
        assertTrue(text.contains("Turns 60") && text.contains("Lunar 8/15"), "lunar 8/15 is 25 September 2026: " + text);
    }

    @Test
    void badOptions_areUsageErrors_sayingWhatIsWrong() {
        assertEquals(Cli.USAGE, run("reminders", "--today", "24.12.2026", "--data", dataFolder.toString()));
        assertEquals(Cli.USAGE, run("reminders", "--days", "many", "--data", dataFolder.toString()));
        assertEquals(Cli.USAGE, run("reminders", "--format", "xml", "--data", dataFolder.toString()));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("24.12.2026") && errors.contains("many") && errors.contains("xml"), errors);
    }

    @Test
    void calendar_isWrittenWholeForTheExportCommand() throws Exception {
        Path file = dataFolder.resolve("birthdays.ics");
        try (AppContext context = AppContext.open(dataFolder, Preferences.load(dataFolder), new Texts(Locale.ENGLISH),
                Clock.systemDefaultZone())) {
            RemindersCommand.writeCalendar(context, file, LocalDate.of(2026, 1, 1));
        }
        String calendar = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR\r\n") && calendar.endsWith("END:VCALENDAR\r\n"));
        assertEquals(11, calendar.split("BEGIN:VEVENT", -1).length - 1, "Jane yearly, 박민수 lunar for ten years");
        assertTrue(Files.notExists(dataFolder.resolve("birthdays.ics.part")));
    }
}
