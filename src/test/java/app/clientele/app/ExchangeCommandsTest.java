package app.clientele.app;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientSummary;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import app.clientele.testutil.ChildJvm;

/** The import and export commands, run as a separate process on a temporary data folder. */
class ExchangeCommandsTest {
    @TempDir
    Path folder;

    private record Run(int exitCode, String out, String err) {
    }

    private Run clientele(String... arguments) throws Exception {
        Process process = ChildJvm.of(Launcher.class, arguments).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private Path data() {
        return folder.resolve("data");
    }

    private void seed() {
        try (Database database = Database.open(data())) {
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            clients.create(aKoreanClient().build());
            clients.create(aClient().withName("Jane Doe").withEmail("work", "jane@acme.example").withTags("VIP").build());
            clients.create(aClient().withName("Old Friend").withTags("VIP").archived().build());
            clients.create(aClient().withName("Bob Roe").withPhone("mobile", "010-9999-0000").build());
        }
    }

    private List<String> storedNames() {
        try (Database database = Database.open(data())) {
            return new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).summaries().stream()
                    .map(ClientSummary::displayName).sorted().toList();
        }
    }

    @Test
    void export_withQueryAndTag_writesWhatTheSearchBoxShows() throws Exception {
        seed();
        Path out = folder.resolve("vip.csv");

        Run run = clientele("export", "--format", "csv", "--out", out.toString(), "--tag", "vip", "--data", data().toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Exported 2 clients to " + out + ".", run.out().strip());
        List<String> exported = Files.readAllLines(out, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.substring(0, line.indexOf(','))).toList();
        List<String> searchBox;
        try (Database database = Database.open(data())) {
            searchBox = new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).summaries().stream()
                    .filter(new ClientFilter("", null, null, "vip", false).matcher()).map(ClientSummary::displayName)
                    .sorted(java.text.Collator.getInstance(java.util.Locale.ENGLISH)).toList();
        }
        assertEquals(searchBox, exported);
        assertEquals(List.of("Jane Doe", "박민수"), exported);

        Run phone = clientele("export", "--format", "vcard", "--out", folder.resolve("bob.vcf").toString(),
                "--query", "01099990000", "--data", data().toString());
        assertEquals(0, phone.exitCode(), phone.err());
        String card = Files.readString(folder.resolve("bob.vcf"));
        assertTrue(card.contains("FN:Bob Roe") && !card.contains("Jane"), card);
    }

    @Test
    void export_asIcs_writesTheBirthdayCalendar() throws Exception {
        seed();
        Path out = folder.resolve("birthdays.ics");

        Run run = clientele("export", "--format", "ics", "--out", out.toString(), "--data", data().toString());

        assertEquals(0, run.exitCode(), run.err());
        String calendar = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR"), calendar);
        assertTrue(calendar.contains("박민수"), "the Korean client's lunar birthday is in the calendar");
    }

    @Test
    void import_dryRunThenImportThenAgainWithUpdate() throws Exception {
        Path file = Files.writeString(folder.resolve("contacts.csv"),
                "Name,E-mail,Phone\nAmy Lee,amy@example.com,010-1212-3434\n이수진,sujin@example.kr,\n");

        Run dryRun = clientele("import", file.toString(), "--dry-run", "--data", data().toString());
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        assertTrue(dryRun.out().contains("2 would be created"), dryRun.out());
        assertEquals(List.of(), storedNames());

        Run imported = clientele("import", file.toString(), "--format", "csv", "--data", data().toString());
        assertEquals(0, imported.exitCode(), imported.err());
        assertEquals("Imported contacts.csv: 2 created, 0 updated, 0 unchanged, 0 skipped.", imported.out().strip());
        assertEquals(List.of("Amy Lee", "이수진"), storedNames());

        Run again = clientele("import", file.toString(), "--on-duplicate", "update", "--data", data().toString());
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("0 created, 0 updated, 2 unchanged"), again.out());
    }

    @Test
    void import_ofABrokenFile_failsWithOneLineNamingFileAndCard_andChangesNothing() throws Exception {
        seed();
        Path file = Files.writeString(folder.resolve("phone.vcf"),
                "BEGIN:VCARD\nVERSION:3.0\nFN:Fine\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Cut\n");

        Run run = clientele("import", file.toString(), "--data", data().toString());

        assertEquals(1, run.exitCode());
        assertEquals("phone.vcf, card 2 (line 5): the file ends inside this card (no END:VCARD): it may be cut off."
                + " Nothing was imported.", run.err().strip());
        assertEquals(4, storedNames().size());
    }

    @Test
    void import_ofBinaryGarbage_andAMissingOption_failWithAClearLine() throws Exception {
        Path garbage = Files.write(folder.resolve("image.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});

        Run binary = clientele("import", garbage.toString(), "--data", data().toString());
        Run noOut = clientele("export", "--format", "csv", "--data", data().toString());

        assertEquals(1, binary.exitCode());
        assertEquals("image.csv is not a contact list: it is not a text file (CSV or vCard).", binary.err().strip());
        assertEquals(1, noOut.exitCode());
        assertEquals("The option --out is required.", noOut.err().strip());
    }
}
