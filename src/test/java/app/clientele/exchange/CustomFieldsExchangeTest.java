package app.clientele.exchange;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientRef;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldRepository.FieldValue;
import app.clientele.domain.CustomFieldType;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The firm's own fields and the person/organisation kind travel through Clientele's files and the mapping step. */
class CustomFieldsExchangeTest {
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

    /** Every type of field, one with a Korean name and one whose name needs quoting in files. */
    private static List<CustomField> definitions() {
        return List.of(CustomField.newField("보험 증권 번호", CustomFieldType.TEXT, null, null),
                CustomField.newField("Premium; yearly, KRW", CustomFieldType.NUMBER, null, null),
                CustomField.newField("Renewal", CustomFieldType.DATE, null, 30),
                CustomField.newField("VIP", CustomFieldType.YES_NO, null, null),
                CustomField.newField("Tier", CustomFieldType.CHOICE, List.of("Gold", "Silver"), null));
    }

    private static Map<String, CustomField> define(Database database, List<CustomField> fields) {
        JdbiCustomFieldRepository repository = new JdbiCustomFieldRepository(database.jdbi(), Clock.systemUTC());
        Map<String, CustomField> byName = new TreeMap<>();
        fields.forEach(field -> byName.put(field.name(), repository.create(field)));
        return byName;
    }

    private Path export(List<Client> clients, ExportFormat format) {
        JdbiClientRepository repository = new JdbiClientRepository(source.jdbi(), Clock.systemUTC());
        List<Long> ids = clients.stream().map(client -> repository.create(client).id()).toList();
        Path file = folder.resolve("clients." + format.extension());
        new Exporter(new JdbiExchangeRepository(source.jdbi(), Clock.systemUTC())).export(ids, format, file, Progress.NONE);
        return file;
    }

    private Importer.Result importInto(Path file, List<ColumnTarget> mapping) {
        return new Importer(new JdbiExchangeRepository(target.jdbi(), Clock.systemUTC())).importFile(
                ContactFiles.inspect(file), new Importer.Options(mapping, Importer.DuplicateChoice.SKIP, Map.of()),
                Progress.NONE);
    }

    private List<Client> imported() {
        JdbiClientRepository clients = new JdbiClientRepository(target.jdbi(), Clock.systemUTC());
        return clients.summaries().stream().sorted(java.util.Comparator.comparingLong(summary -> summary.id()))
                .map(summary -> clients.find(summary.id()).orElseThrow()).toList();
    }

    /** A client's values by field name, as the user sees them (ids differ between databases). */
    private static Map<String, String> valuesByName(Client client, Map<String, CustomField> fields) {
        Map<String, String> values = new TreeMap<>();
        fields.forEach((name, field) -> {
            String value = client.customValues().text(field.id());
            if (value != null) {
                values.put(name, value);
            }
        });
        return values;
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"CSV", "VCARD", "VCARD3"})
    void everyTypeOfValue_andTheKind_comeBackInAnotherDatabaseWithTheSameFields(ExportFormat format) {
        Map<String, CustomField> sourceFields = define(source, definitions());
        List<CustomField> reversed = new ArrayList<>(definitions());
        java.util.Collections.reverse(reversed);
        Map<String, CustomField> targetFields = define(target, reversed);
        Client acme = aClient().withName("Acme Insurance").organisation()
                .withCustom(sourceFields.get("보험 증권 번호"), "HB-2024-0113, \"A\"; 2")
                .withCustom(sourceFields.get("Premium; yearly, KRW"), "1250000.5")
                .withCustom(sourceFields.get("Renewal"), "2027-03-01")
                .withCustom(sourceFields.get("VIP"), "yes")
                .withCustom(sourceFields.get("Tier"), "Gold").build();
        Client kim = aClient().withName("김민수").withCustom(sourceFields.get("Tier"), "Silver").build();

        Importer.Result result = importInto(export(List.of(acme, kim), format), null);

        assertEquals(2, result.created(), () -> result.warnings().toString());
        assertEquals(List.of(), result.warnings());
        List<Client> clients = imported();
        assertEquals(ClientKind.ORGANISATION, clients.get(0).kind());
        assertEquals(ClientKind.PERSON, clients.get(1).kind());
        assertEquals(valuesByName(acme, sourceFields), valuesByName(clients.get(0), targetFields));
        assertEquals(Map.of("Tier", "Silver"), valuesByName(clients.get(1), targetFields));
    }

    @Test
    void files_nameTheFieldsInColumnsAndProperties() throws Exception {
        Map<String, CustomField> fields = define(source, definitions());
        List<Client> clients = List.of(aClient().withName("Acme").organisation()
                .withCustom(fields.get("보험 증권 번호"), "00123").withCustom(fields.get("VIP"), "yes").build());

        String csv = Files.readString(export(clients, ExportFormat.CSV), StandardCharsets.UTF_8);
        String vcard = Files.readString(export(clients, ExportFormat.VCARD), StandardCharsets.UTF_8);

        assertTrue(csv.contains(",Kind,보험 증권 번호,\"Premium; yearly, KRW\",Renewal,VIP,Tier\r\n"), csv);
        assertTrue(csv.contains(",ORGANISATION,\"=\"\"00123\"\"\",,,TRUE,\r\n"), "digits with a leading zero as spreadsheet text: " + csv);
        assertTrue(vcard.contains("KIND:org"), vcard);
        assertTrue(vcard.contains("X-CLIENTELE-FIELD;X-NAME=보험 증권 번호:00123"), vcard);
    }

    @Test
    void aFieldThisFirmDoesNotHave_orAValueThatDoesNotFit_isKeptInTheNotesWithAWarning() {
        Map<String, CustomField> fields = define(source, definitions());
        define(target, List.of(CustomField.newField("Tier", CustomFieldType.CHOICE, List.of("A", "B"), null)));
        Client kim = aClient().withName("Kim").withNotes("Met at the fair")
                .withCustom(fields.get("Renewal"), "2027-03-01").withCustom(fields.get("Tier"), "Gold").build();

        Importer.Result result = importInto(export(List.of(kim), ExportFormat.CSV), null);

        assertEquals(1, result.created());
        assertEquals("Met at the fair\nRenewal: 2027-03-01\nTier: Gold", imported().get(0).notes());
        assertEquals(List.of("import.problem.unknownField", "import.problem.customValue"),
                result.warnings().stream().map(Problem::messageKey).toList(), "blank columns are no problem");
    }

    @Test
    void theMappingStep_putsAColumnIntoTheFirmsOwnField() throws Exception {
        Map<String, CustomField> fields = define(target, definitions());
        Path file = folder.resolve("policies.csv");
        Files.writeString(file, "Name,Policy no.,renewal,Tier\nKim,HB-1,2027. 3. 1.,gold\nLee,HB-2,someday,Silver\n");
        ContactFileInfo info = ContactFiles.inspect(file);
        Importer importer = new Importer(new JdbiExchangeRepository(target.jdbi(), Clock.systemUTC()));

        List<ColumnTarget> guessed = importer.guessMapping(info);
        assertEquals(List.of(ContactField.DISPLAY_NAME, ContactField.IGNORE, new ColumnTarget.Custom(fields.get("Renewal")),
                new ColumnTarget.Custom(fields.get("Tier"))), guessed);
        assertTrue(importer.columnChoices().contains(new ColumnTarget.Custom(fields.get("보험 증권 번호"))));
        List<ColumnTarget> mapping = new ArrayList<>(guessed);
        mapping.set(1, new ColumnTarget.Custom(fields.get("보험 증권 번호")));

        Importer.Result result = importInto(file, mapping);

        assertEquals(2, result.created());
        List<Client> clients = imported();
        assertEquals(Map.of("보험 증권 번호", "HB-1", "Renewal", "2027-03-01", "Tier", "Gold"), valuesByName(clients.get(0), fields));
        assertEquals(Map.of("보험 증권 번호", "HB-2", "Tier", "Silver"), valuesByName(clients.get(1), fields));
        assertEquals("renewal: someday", clients.get(1).notes());
    }

    @Test
    void aRemovedFieldsValues_areKeptInACsvFileThatOpensInASpreadsheet() throws Exception {
        CustomField field = new CustomField(4L, 0, "보험 증권 번호", CustomFieldType.TEXT, null, null, 1);
        Path backups = folder.resolve("data").resolve("backups");

        Path file = CustomFieldBackup.write(backups, field, List.of(new FieldValue(new ClientRef(7, "김민수"), "HB-1"),
                new FieldValue(new ClientRef(9, "Jane \"JD\" Doe"), "HB-2, B")), Instant.parse("2026-11-29T10:15:30Z"));

        assertEquals(backups.resolve("custom-field-보험-증권-번호-20261129-101530.csv"), file);
        assertEquals("\uFEFFClient no.,Client,보험 증권 번호\r\n7,김민수,HB-1\r\n9,\"Jane \"\"JD\"\" Doe\",\"HB-2, B\"\r\n",
                Files.readString(file, StandardCharsets.UTF_8));
        ExchangeException taken = assertThrows(ExchangeException.class,
                () -> CustomFieldBackup.write(backups, field, List.of(), Instant.parse("2026-11-29T10:15:30Z")));
        assertEquals("fields.error.backup", taken.messageKey());
        assertTrue(Files.exists(file), "an existing backup is never overwritten or deleted");
    }
}
