package app.clientele.exchange;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.domain.Client;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.PhoneNumber;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import app.clientele.testutil.ClientBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exports of more clients than one read batch: every client keeps its own emails, phones,
 * tags and custom values, in the order the user asked for, also when only some clients are exported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeExportTest {
    /** More than one read batch of 1,000, also when a twelfth of them is left out. */
    private static final int CLIENTS = 1_100;

    private Database source;
    private Database target;
    private Map<String, CustomField> sourceFields;
    private Map<String, CustomField> targetFields;
    private List<Long> ids;
    private List<Client> written;

    /** The source is filled once: the tests only read it. */
    @BeforeAll
    void fillSource(@TempDir Path sourceFolder) {
        source = Database.open(sourceFolder);
        sourceFields = define(source);
        written = IntStream.range(0, CLIENTS).mapToObj(this::numbered).toList();
        ids = new JdbiExchangeRepository(source.jdbi(), Clock.systemUTC()).inOneTransaction(session -> {
            written.forEach(session::create);
            return IntStream.range(0, CLIENTS).mapToObj(index -> session.createdId(index)).toList();
        });
    }

    @BeforeEach
    void openTarget(@TempDir Path targetFolder) {
        target = Database.open(targetFolder);
        targetFields = define(target);
    }

    @AfterEach
    void closeTarget() {
        target.close();
    }

    @AfterAll
    void closeSource() {
        source.close();
    }

    private static Map<String, CustomField> define(Database database) {
        JdbiCustomFieldRepository fields = new JdbiCustomFieldRepository(database.jdbi(), Clock.systemUTC());
        Map<String, CustomField> byName = new TreeMap<>();
        for (CustomField field : List.of(CustomField.newField("Policy", CustomFieldType.TEXT, null, null),
                CustomField.newField("Tier", CustomFieldType.CHOICE, List.of("Gold", "Silver"), null))) {
            byName.put(field.name(), fields.create(field));
        }
        return byName;
    }

    /** Client i: one to three emails and phones, tags and custom values that vary with i; every tenth has none. */
    private Client numbered(int i) {
        ClientBuilder client = aClient().withName("Client " + i);
        if (i % 10 == 9) {
            return client.build();
        }
        client.withEmail("work", "client" + i + "@example.com").withPhone("mobile", String.format("010-%04d-%04d", i, i));
        if (i % 3 == 0) {
            client.withEmail("home", "home" + i + "@example.net").withPhone("Boat", "+82 2-555-" + i);
        }
        if (i % 4 == 0) {
            client.withPhone("fax", "02-777-" + i);
        }
        client.withTags(i % 5 == 0 ? new String[] {"a-list", "group " + i % 7} : new String[] {"group " + i % 7});
        client.withCustom(sourceFields.get("Policy"), "P-" + i);
        if (i % 2 == 0) {
            client.withCustom(sourceFields.get("Tier"), i % 4 == 0 ? "Gold" : "Silver");
        }
        return client.build();
    }

    /** What the test compares: the name and every child value, custom values by field name. */
    private record Values(String name, List<EmailAddress> emails, List<PhoneNumber> phones, List<String> tags,
                          Map<String, String> custom) {
        static Values of(Client client, Map<String, CustomField> fields) {
            Map<String, String> custom = new TreeMap<>();
            fields.forEach((name, field) -> {
                String value = client.customValues().text(field.id());
                if (value != null) {
                    custom.put(name, value);
                }
            });
            return new Values(client.displayName(), client.emails(), client.phones(), client.tags(), custom);
        }
    }

    /** Every client once, in a shuffled order, as a user's sort would give them. */
    private List<Integer> shuffledIndexes() {
        List<Integer> indexes = new ArrayList<>(IntStream.range(0, CLIENTS).boxed().toList());
        Collections.shuffle(indexes, new Random(7));
        return indexes;
    }

    @Test
    void readingSomeOfManyClients_inTheirOwnOrder_givesEachItsOwnChildRows() {
        List<Integer> asked = shuffledIndexes().stream().filter(index -> index % 12 != 1).toList();
        List<Client> read = new ArrayList<>();

        new JdbiExchangeRepository(source.jdbi(), Clock.systemUTC())
                .forEachClient(asked.stream().map(ids::get).toList(), read::add);

        JdbiClientRepository clients = new JdbiClientRepository(source.jdbi(), Clock.systemUTC());
        assertEquals(asked.stream().map(ids::get).toList(), read.stream().map(Client::id).toList());
        for (int i = 0; i < asked.size(); i++) {
            Client client = read.get(i);
            assertEquals(Values.of(written.get(asked.get(i)), sourceFields), Values.of(client, sourceFields));
        }
        for (int i = 0; i < asked.size(); i += 97) {
            assertEquals(clients.find(read.get(i).id()).orElseThrow(), read.get(i), "as a single client reads");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "VCARD"})
    void exportingManyClients_roundTripsEveryChildValueInTheAskedOrder(ExportFormat format, @TempDir Path files) {
        List<Integer> asked = shuffledIndexes();
        Path file = files.resolve("clients." + format.extension());

        int exported = new Exporter(new JdbiExchangeRepository(source.jdbi(), Clock.systemUTC()))
                .export(asked.stream().map(ids::get).toList(), format, file, Progress.NONE);
        Importer.Result result = new Importer(new JdbiExchangeRepository(target.jdbi(), Clock.systemUTC())).importFile(
                ContactFiles.inspect(file), Importer.Options.onDuplicate(Importer.DuplicateChoice.CREATE), Progress.NONE);

        assertEquals(CLIENTS, exported);
        assertEquals(CLIENTS, result.created(), () -> result.warnings().toString());
        JdbiClientRepository clients = new JdbiClientRepository(target.jdbi(), Clock.systemUTC());
        List<Client> imported = clients.summaries().stream().sorted(Comparator.comparingLong(summary -> summary.id()))
                .map(summary -> clients.find(summary.id()).orElseThrow()).toList();
        for (int i = 0; i < CLIENTS; i++) {
            assertEquals(Values.of(written.get(asked.get(i)), sourceFields), Values.of(imported.get(i), targetFields),
                    format + ", line " + i);
        }
    }
}
