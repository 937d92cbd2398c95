package app.clientele.exchange;

import static app.clientele.testutil.ClientBuilder.aClient;
import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomerType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export from one database, import into an empty one: the clients come back equal. */
class RoundTripTest {
    @TempDir
    Path folder;
    private Database source;
    private Database target;

    @BeforeEach
    void open() throws Exception {
        source = Database.open(Files.createDirectory(folder.resolve("source")));
        target = Database.open(Files.createDirectory(folder.resolve("target")));
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    /** Every field set, Korean and Western names, custom labels, year-less and lunar birthdays. */
    private List<Client> clients() {
        return List.of(
                aKoreanClient().build(),
                aClient().withName(new ClientName("Jane Doe", "Doe", "Jane", NameOrder.GIVEN_FIRST, "Dr.", "JD"))
                        .withOrganisation("Acme, Inc.").withJobTitle("Partner")
                        .withRelationship(Relationship.CUSTOMER).withSegment(Segment.BUSINESS).internal()
                        .withCustomerType(CustomerType.PERSISTENT)
                        .withEmail("work", "jane@acme.example").withEmail("Assistant", "office@acme.example")
                        .withPhone("mobile", "01055556666").withPhone("Boat", "+82 10-9876-5432")
                        .withPhone("fax", "02-555-0100")
                        .withAddress(new PostalAddress("1 Main St", "Suite 2", "Springfield", "IL", "62701", "USA"))
                        .withBirthday(Birthday.solar(2, 29, null))
                        .withTags("VIP", "golf, weekends").withSource("Seminar 2026").withAccountOwner("Kim")
                        .withNotes("Line one\nLine \"two\", with commas; and semicolons ::: too")
                        .archived().build(),
                aClient().withName("박 지성").withBirthday(new Birthday(1, 30, null, true, true)).build());
    }

    private List<Client> roundTrip(ExportFormat format) {
        JdbiClientRepository sourceClients = new JdbiClientRepository(source.jdbi(), Clock.systemUTC());
        List<Long> ids = clients().stream().map(client -> sourceClients.create(client).id()).toList();
        Path file = folder.resolve("clients." + format.extension());
        new Exporter(new JdbiExchangeRepository(source.jdbi(), Clock.systemUTC())).export(ids, format, file, Progress.NONE);

        Importer.Result result = new Importer(new JdbiExchangeRepository(target.jdbi(), Clock.systemUTC()))
                .importFile(ContactFiles.inspect(file), Importer.Options.onDuplicate(Importer.DuplicateChoice.SKIP),
                        Progress.NONE);
        assertEquals(3, result.created(), () -> "problems: " + result.warnings() + " " + result);
        JdbiClientRepository targetClients = new JdbiClientRepository(target.jdbi(), Clock.systemUTC());
        return targetClients.summaries().stream().sorted(Comparator.comparingLong(s -> s.id()))
                .map(summary -> targetClients.find(summary.id()).orElseThrow()).toList();
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "VCARD", "VCARD3"})
    void clienteleFormats_roundTripEveryField(ExportFormat format) {
        List<Client> imported = roundTrip(format);

        List<Client> expected = clients();
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(comparable(expected.get(i)), comparable(imported.get(i)), format + " client " + i);
        }
    }

    @Test
    void googleCsv_keepsNamesLabelsAndYearlessBirthday() {
        List<Client> imported = roundTrip(ExportFormat.CSV_GOOGLE);

        Client jane = imported.get(1);
        assertEquals("Jane Doe", jane.displayName());
        assertEquals("Doe", jane.name().familyName());
        assertEquals(List.of("jane@acme.example", "office@acme.example"),
                jane.emails().stream().map(EmailAddress::address).toList());
        assertEquals(List.of("work", "Assistant"), jane.emails().stream().map(EmailAddress::label).toList());
        assertTrue(jane.emails().get(0).primary());
        assertEquals(List.of("mobile:01055556666", "Boat:+82 10-9876-5432", "fax:02-555-0100"),
                jane.phones().stream().map(phone -> phone.label() + ":" + phone.number()).toList());
        assertEquals(Birthday.solar(2, 29, null), jane.birthday());
        assertEquals(List.of("golf, weekends", "VIP"), jane.tags());
        Client park = imported.get(0);
        assertEquals("박민수", park.displayName());
        assertEquals("박", park.name().familyName());
        assertEquals("민수", park.name().givenName());
        assertEquals(NameOrder.FAMILY_FIRST, park.name().order());
    }

    @Test
    void outlookCsv_keepsNamesEmailsAndPhonesByKind() {
        List<Client> imported = roundTrip(ExportFormat.CSV_OUTLOOK);

        Client jane = imported.get(1);
        assertEquals("Jane Doe", jane.displayName());
        assertEquals(List.of("jane@acme.example", "office@acme.example"),
                jane.emails().stream().map(EmailAddress::address).toList());
        assertEquals(Map.of("01055556666", "mobile", "+82 10-9876-5432", "other", "02-555-0100", "fax"),
                jane.phones().stream().collect(java.util.stream.Collectors.toMap(PhoneNumber::number, PhoneNumber::label)));
        assertEquals("Springfield", jane.address().city());
        assertEquals("박민수", imported.get(0).displayName());
    }

    @Test
    void csv_startsWithByteOrderMarkAndKeepsPhonesAsSpreadsheetText() throws Exception {
        JdbiClientRepository clients = new JdbiClientRepository(source.jdbi(), Clock.systemUTC());
        long id = clients.create(aKoreanClient().build()).id();
        Path file = folder.resolve("out.csv");

        new Exporter(new JdbiExchangeRepository(source.jdbi(), Clock.systemUTC()))
                .export(List.of(id), ExportFormat.CSV, file, Progress.NONE);

        byte[] bytes = Files.readAllBytes(file);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(bytes[0] & 0xFF, bytes[1] & 0xFF, bytes[2] & 0xFF));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"=\"\"010-1234-5678 ::: 02-123-4567\"\"\""), text);
        assertTrue(text.contains("박민수"));
        assertTrue(text.contains("\r\n"));
    }

    /** Ids, versions and times belong to the database, not to the file. */
    private static Client comparable(Client client) {
        return new Client(null, 0, client.name(), client.organisation(), client.jobTitle(), client.relationship(),
                client.segment(), client.internal(), client.customerType(), client.emails(), client.phones(),
                client.address(), client.birthday(), client.tags(), client.source(), client.accountOwner(),
                client.notes(), null, null, client.archived(), client.kind(), client.customValues());
    }
}
