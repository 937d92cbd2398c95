package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.Client;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldRepository.FieldValue;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.CustomValues;
import app.clientele.domain.DateReminder;
import app.clientele.domain.FieldCondition;
import app.clientele.testutil.TestDatabase;
import app.clientele.testutil.TestDatabase.Engine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbiCustomFieldRepositoryTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    @Parameter
    Engine engine;
    @TempDir
    Path folder;
    private TestDatabase testDatabase;
    private Database database;
    private JdbiClientRepository clients;
    private JdbiCustomFieldRepository fields;
    private CustomField policy;
    private CustomField premium;
    private CustomField renewal;
    private CustomField vip;
    private CustomField tier;

    @BeforeEach
    void open() {
        testDatabase = TestDatabase.fresh(engine, folder);
        database = testDatabase.open();
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        fields = new JdbiCustomFieldRepository(database.jdbi(), Clock.systemUTC());
        policy = fields.create(CustomField.newField("보험 증권 번호", CustomFieldType.TEXT, null, null));
        premium = fields.create(CustomField.newField("Annual premium", CustomFieldType.NUMBER, null, null));
        renewal = fields.create(CustomField.newField("Renewal", CustomFieldType.DATE, null, 30));
        vip = fields.create(CustomField.newField("VIP", CustomFieldType.YES_NO, null, null));
        tier = fields.create(CustomField.newField("Tier", CustomFieldType.CHOICE, List.of("Gold", "Silver"), null));
    }

    @AfterEach
    void close() {
        if (testDatabase != null) { // null when the engine is not available here and the test was skipped
            testDatabase.close();
        }
    }

    @Test
    void fields_areKeptInOrder_renamed_reorderedAndGuardedByTheirVersion() {
        assertEquals(List.of("보험 증권 번호", "Annual premium", "Renewal", "VIP", "Tier"), names());

        CustomField renamed = fields.update(new CustomField(renewal.id(), renewal.version(), "Policy renewal",
                CustomFieldType.DATE, null, 45, renewal.position()));
        assertEquals(45, fields.fields().get(2).remindDaysBefore());
        assertThrows(ClienteleException.class, () -> fields.update(renewal), "an edit of an old version");
        fields.reorder(List.of(tier.id(), renamed.id(), policy.id(), premium.id(), vip.id()));
        assertEquals(List.of("Tier", "Policy renewal", "보험 증권 번호", "Annual premium", "VIP"), names());
    }

    @Test
    void aSecondFieldWithTheSameName_isRefused_whateverItsCaseOrSpacing() {
        assertThrows(ClienteleException.class,
                () -> fields.create(CustomField.newField("annual  PREMIUM", CustomFieldType.TEXT, null, null)));
        assertThrows(ClienteleException.class, () -> fields.update(new CustomField(vip.id(), vip.version(), "tier",
                CustomFieldType.YES_NO, null, null, vip.position())));
    }

    @Test
    void everyTypeOfValue_isSavedWithTheClient_andReadBackAsItWasWritten() {
        Client saved = clients.create(aClient().withName("Kim").withCustom(policy, "HB-0113").withCustom(premium, "1,250,000")
                .withCustom(renewal, "2027.3.1").withCustom(vip, "yes").withCustom(tier, "gold").build());

        Client found = clients.find(saved.id()).orElseThrow();

        assertEquals(saved, found);
        assertEquals("HB-0113", found.customValues().text(policy.id()));
        assertEquals("1250000", found.customValues().text(premium.id()));
        assertEquals("2027-03-01", found.customValues().text(renewal.id()));
        assertEquals("true", found.customValues().text(vip.id()));
        assertEquals("Gold", found.customValues().text(tier.id()));
        assertEquals(LocalDate.of(2027, 3, 1), database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT date_value FROM custom_value WHERE field_id = :id").bind("id", renewal.id())
                .mapTo(LocalDate.class).one()), "dates are also kept as dates");

        Client edited = clients.update(withValues(found, found.customValues().with(premium, null).with(tier, "Silver")));
        assertEquals(edited, clients.find(saved.id()).orElseThrow());
        assertEquals(null, edited.customValues().text(premium.id()));
    }

    @Test
    void theListCarriesTheValues_andSearchAndFiltersFindThem() {
        clients.create(aClient().withName("Kim").withCustom(policy, "HB-2024-0113").withCustom(tier, "Gold")
                .withCustom(renewal, "2027-03-01").withCustom(vip, "yes").build());
        clients.create(aClient().withName("Lee").withCustom(tier, "Silver").build());
        List<ClientSummary> summaries = clients.summaries();

        assertEquals(List.of("Kim"), matching(summaries, new ClientFilter("hb-2024", null, null, null, false)));
        assertEquals(List.of("Kim"), matching(summaries, new ClientFilter("2027-03", null, null, null, false)));
        assertEquals(List.of(), matching(summaries, new ClientFilter("true", null, null, null, false)),
                "a yes is no word to search for");
        assertEquals(List.of("Lee"), matching(summaries,
                ClientFilter.builder().field(new FieldCondition(tier, "silver")).build()));
        assertEquals(List.of("Lee"), matching(summaries,
                ClientFilter.builder().field(new FieldCondition(vip, "no")).build()));
        assertEquals("Gold", summaries.get(0).customValues().text(tier.id()));
        assertEquals(clients.summary(summaries.get(0).id()).orElseThrow(), summaries.get(0));
    }

    @Test
    void removingAField_removesEveryValue_afterTheyCanBeReadForABackup() {
        Client kim = clients.create(aClient().withName("Kim").withCustom(policy, "HB-1").withCustom(tier, "Gold").build());
        clients.create(aClient().withName("Lee").withCustom(policy, "HB-2").build());

        assertEquals(List.of("Kim HB-1", "Lee HB-2"), fields.values(policy.id()).stream()
                .map((FieldValue value) -> value.client().displayName() + " " + value.value()).toList());
        fields.delete(policy);

        assertEquals(List.of("Annual premium", "Renewal", "VIP", "Tier"), names());
        Client found = clients.find(kim.id()).orElseThrow();
        assertEquals(null, found.customValues().text(policy.id()));
        assertEquals("Gold", found.customValues().text(tier.id()));
        clients.update(kim);
        assertEquals(null, clients.find(kim.id()).orElseThrow().customValues().text(policy.id()),
                "a form still holding the removed field's value does not bring it back");
        assertThrows(ClienteleException.class, () -> fields.delete(policy));
    }

    @Test
    void dueDates_listEachDateWithinItsFieldsPeriod_soonestFirst() {
        CustomField shoot = fields.create(CustomField.newField("Shoot date", CustomFieldType.DATE, null, 7));
        CustomField signed = fields.create(CustomField.newField("Signed", CustomFieldType.DATE, null, null));
        clients.create(aClient().withName("Due in 30 days").withCustom(renewal, "2027-03-03").build());
        clients.create(aClient().withName("Due in 31 days").withCustom(renewal, "2027-03-04").build());
        clients.create(aClient().withName("Due today").withCustom(renewal, "2027-02-01").build());
        clients.create(aClient().withName("Was due yesterday").withCustom(renewal, "2027-01-31").build());
        clients.create(aClient().withName("Shoot in 7 days").withCustom(shoot, "2027-02-08").build());
        clients.create(aClient().withName("Shoot in 8 days").withCustom(shoot, "2027-02-09").build());
        clients.create(aClient().withName("Not reminded").withCustom(signed, "2027-02-02").build());
        clients.create(aClient().withName("Archived").withCustom(renewal, "2027-02-10").archived().build());

        List<DateReminder> due = fields.dueDates(TODAY);

        assertEquals(List.of("Due today Renewal 0", "Shoot in 7 days Shoot date 7", "Due in 30 days Renewal 30"),
                due.stream().map(reminder -> reminder.client().displayName() + " " + reminder.fieldName() + " "
                        + reminder.daysUntil(TODAY)).toList());
        assertTrue(new JdbiCustomFieldRepository(database.jdbi(), Clock.systemUTC()).dueDates(TODAY.plusYears(5)).isEmpty());
    }

    private static Client withValues(Client client, CustomValues values) {
        return new Client(client.id(), client.version(), client.name(), client.organisation(), client.jobTitle(),
                client.relationship(), client.segment(), client.internal(), client.customerType(), client.emails(),
                client.phones(), client.address(), client.birthday(), client.tags(), client.source(),
                client.accountOwner(), client.notes(), client.createdAt(), client.updatedAt(), client.archived(),
                client.kind(), values);
    }

    private List<String> names() {
        return fields.fields().stream().map(CustomField::name).toList();
    }

    private static List<String> matching(List<ClientSummary> summaries, ClientFilter filter) {
        return summaries.stream().filter(filter.matcher()).map(ClientSummary::displayName).toList();
    }
}
