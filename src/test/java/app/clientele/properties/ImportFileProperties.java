package app.clientele.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.domain.ClienteleException;
import app.clientele.exchange.ContactFileInfo;
import app.clientele.exchange.ContactFiles;
import app.clientele.exchange.Importer;
import app.clientele.exchange.Importer.DuplicateChoice;
import app.clientele.exchange.Importer.Options;
import app.clientele.exchange.Progress;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;

import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and hostile contact files: whatever a file holds, importing it either adds exactly what
 * the import reports or fails with a clear message and adds nothing. Never an unexpected exception,
 * never a partial import.
 */
class ImportFileProperties {
    private static Path folder;
    private static Database database;
    private static JdbiClientRepository clients;
    private static Importer importer;

    @BeforeContainer
    static void open() throws IOException {
        folder = Files.createTempDirectory("clientele-import-properties");
        database = Database.open(folder.resolve("data"));
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        importer = new Importer(new JdbiExchangeRepository(database.jdbi(), Clock.systemUTC()));
    }

    @AfterContainer
    static void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Arbitrary<String> cell() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withChars("\"',;\n\r\t=+-@%_\\").ofMaxLength(12),
                Arbitraries.of("", "jane@example.com", "jane@", "010-1234-5678", "call me", "31.02.1980", "1980-02-29",
                        "--02-29", "'; DROP TABLE client; --", "박민수", "ㄱㅁㅅ", "=\"010\"", "x".repeat(5000)));
    }

    @Provide
    Arbitrary<String> csvFiles() {
        Arbitrary<String> header = Arbitraries.of(
                "Name,E-mail,Phone,Company,Birthday",
                "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,Birthday",
                "First Name,Middle Name,Last Name,E-mail Address,Mobile Phone,Birthday,Categories",
                "Display Name,Family Name,Given Name,Emails,Phones,Birthday,Tags");
        Arbitrary<String> row = cell().list().ofMinSize(1).ofMaxSize(8)
                .map(cells -> String.join(",", cells.stream().map(ImportFileProperties::quoteSometimes).toList()));
        return Combinators.combine(header, row.list().ofMaxSize(6))
                .as((head, rows) -> head + "\n" + String.join("\n", rows) + "\n");
    }

    @Provide
    Arbitrary<String> vcardFiles() {
        Arbitrary<String> property = Combinators.combine(
                Arbitraries.of("FN", "N", "EMAIL", "TEL;TYPE=CELL", "BDAY", "ORG", "ADR", "NOTE", "CATEGORIES",
                        "X-CLIENTELE-NAME-ORDER", "TEL;ENCODING=QUOTED-PRINTABLE", "item1.EMAIL", "PHOTO;ENCODING=b"),
                cell()).as((name, value) -> name + ":" + value.replace("\n", "\n "));
        Arbitrary<String> card = property.list().ofMaxSize(6).flatMap(lines -> Arbitraries.of(true, false)
                .map(closed -> "BEGIN:VCARD\r\nVERSION:3.0\r\n" + String.join("\r\n", lines) + "\r\n"
                        + (closed ? "END:VCARD\r\n" : "")));
        return card.list().ofMinSize(1).ofMaxSize(4).map(cards -> String.join("", cards));
    }

    @Property(tries = 250)
    void csvImport_isAllOrNothing(@ForAll("csvFiles") String content) throws IOException {
        importIsAllOrNothing(content, ".csv");
    }

    @Property(tries = 250)
    void vcardImport_isAllOrNothing(@ForAll("vcardFiles") String content) throws IOException {
        importIsAllOrNothing(content, ".vcf");
    }

    @Property(tries = 100)
    void binaryGarbage_isRefusedClearly(@ForAll byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve("garbage-" + System.nanoTime() + ".csv"), bytes);
        long before = clients.count();
        try {
            ContactFileInfo info = ContactFiles.inspect(file);
            importer.importFile(info, Options.onDuplicate(DuplicateChoice.CREATE), Progress.NONE);
        } catch (ClienteleException clearMessage) {
            assertEquals(before, clients.count());
        }
    }

    private void importIsAllOrNothing(String content, String extension) throws IOException {
        Path file = folder.resolve("contacts-" + System.nanoTime() + extension);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        long before = clients.count();
        try {
            ContactFileInfo info = ContactFiles.inspect(file);
            Importer.Result result = importer.importFile(info, Options.onDuplicate(DuplicateChoice.CREATE), Progress.NONE);
            assertEquals(before + result.created(), clients.count(), "the import added what it reported");
        } catch (ClienteleException refused) {
            assertEquals(before, clients.count(), "a refused file adds nothing");
        }
    }

    private static String quoteSometimes(String cell) {
        return cell.length() % 2 == 0 ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

}
