package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of relations, households, the firm's own fields and their values. */
class PeopleRulesTest {
    private static final CustomField TIER = new CustomField(1L, 0, "Tier", CustomFieldType.CHOICE,
            List.of("Gold", "Silver"), null, 1);

    @ParameterizedTest
    @EnumSource(RelationRole.class)
    void everyRole_hasAnInverseThatLeadsBack_andOneOfEachPairIsStored(RelationRole role) {
        assertEquals(role, role.inverse().inverse());
        assertTrue(role.stored() || role.inverse().stored(), role + " or its inverse is stored");
        assertEquals(role.symmetric(), role.stored() && role.inverse().stored());
    }

    @Test
    void inverseRoles_readAsTheOtherSideSeesThem() {
        assertEquals(RelationRole.CHILD, RelationRole.PARENT.inverse());
        assertEquals(RelationRole.REFERRED_BY, RelationRole.REFERRED.inverse());
        assertEquals(RelationRole.ASSISTANT_TO, RelationRole.ASSISTANT.inverse());
        assertEquals(RelationRole.SPOUSE, RelationRole.SPOUSE.inverse());
        assertFalse(RelationRole.REFERRED.peopleOnly());
        assertTrue(RelationRole.SIBLING.peopleOnly());
    }

    @Test
    void anOrganisation_isAlwaysInTheBusinessSegment() {
        Client organisation = new Client(null, 0, ClientName.of("Acme"), null, null, null, Segment.INDIVIDUAL, false,
                null, null, null, null, null, null, null, null, null, null, null, false, ClientKind.ORGANISATION, null);

        assertEquals(Segment.BUSINESS, organisation.segment());
        assertEquals(ClientKind.PERSON, Client.named("Jane").kind(), "clients are people unless marked otherwise");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NUMBER|1,234.50|1234.5", "NUMBER| -7 |-7", "NUMBER|1 000 000|1000000", "NUMBER|100|100",
            "DATE|2027-03-01|2027-03-01", "DATE|2027.3.1|2027-03-01", "DATE|2027. 3. 1.|2027-03-01",
            "DATE|2027/03/01|2027-03-01", "YES_NO|yes|true", "YES_NO|예|true", "YES_NO|TRUE|true",
            "TEXT|  HB-2024-0113 |HB-2024-0113"})
    void values_areKeptInTheirCanonicalForm(CustomFieldType type, String typed, String canonical) {
        assertEquals(canonical, type.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no", "아니요", "FALSE", "0", "  "})
    void no_orBlank_isNoValueAtAll(String typed) {
        assertNull(CustomFieldType.YES_NO.normalise(typed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NUMBER|twelve", "NUMBER|1.2.3", "DATE|2027-02-30", "DATE|01/03/2027",
            "DATE|tomorrow", "YES_NO|maybe"})
    void valuesOfTheWrongKind_areRefused(CustomFieldType type, String typed) {
        assertThrows(IllegalArgumentException.class, () -> type.normalise(typed));
    }

    @Test
    void aChoice_isSpelledAsTheListSpellsIt_andOtherValuesAreRefused() {
        assertEquals("Gold", TIER.normalise(" gold "));
        assertThrows(IllegalArgumentException.class, () -> TIER.normalise("Platinum"));
        assertThrows(IllegalArgumentException.class,
                () -> CustomField.newField("Tier", CustomFieldType.CHOICE, List.of(" ", ""), null));
        assertEquals(List.of("A", "B"),
                CustomField.newField("X", CustomFieldType.CHOICE, List.of("A", " a", "B", ""), null).choices());
    }

    @Test
    void fieldNames_areOneLineWithoutQuotes_andCompareWithoutCaseOrSpacing() {
        assertThrows(IllegalArgumentException.class, () -> CustomField.newField("Say \"hi\"", CustomFieldType.TEXT, null, null));
        assertThrows(IllegalArgumentException.class, () -> CustomField.newField("two\nlines", CustomFieldType.TEXT, null, null));
        assertTrue(CustomField.sameName("Policy  number", " policy Number"));
        assertNull(CustomField.newField("Note", CustomFieldType.TEXT, null, 30).remindDaysBefore(),
                "only date fields are reminded");
    }

    @Test
    void fieldConditions_matchTextInside_choicesYesNoAndExactValues() {
        CustomField policy = new CustomField(2L, 0, "Policy", CustomFieldType.TEXT, null, null, 2);
        CustomField vip = new CustomField(3L, 0, "VIP", CustomFieldType.YES_NO, null, null, 3);
        CustomField renewal = new CustomField(4L, 0, "Renewal", CustomFieldType.DATE, null, null, 4);
        CustomValues values = CustomValues.NONE.with(policy, "HB-2024-0113").with(TIER, "Gold")
                .with(renewal, "2027-03-01");

        assertTrue(new FieldCondition(policy, "2024").matches(values));
        assertTrue(new FieldCondition(policy, "").matches(values), "a blank value: any value");
        assertTrue(new FieldCondition(TIER, "gold").matches(values));
        assertFalse(new FieldCondition(TIER, "Silver").matches(values));
        assertTrue(new FieldCondition(renewal, "2027.3.1").matches(values));
        assertTrue(new FieldCondition(vip, "No").matches(values), "no yes is a no");
        assertFalse(new FieldCondition(vip, "Yes").matches(values));
        assertFalse(new FieldCondition(vip, "").matches(values), "no value at all");
    }

    @Test
    void aDate_isRemindedFromItsPeriodAheadUpToTheDayItself() {
        DateReminder renewal = new DateReminder(new ClientRef(1, "Kim"), 4, "Renewal", LocalDate.of(2027, 3, 31), 30);

        assertFalse(renewal.isDue(LocalDate.of(2027, 2, 28)));
        assertTrue(renewal.isDue(LocalDate.of(2027, 3, 1)));
        assertTrue(renewal.isDue(LocalDate.of(2027, 3, 31)));
        assertFalse(renewal.isDue(LocalDate.of(2027, 4, 1)), "a date that has passed is not reminded");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "김민수,이서연|김민수·이서연 님",
            "김민수,이서연,김준호|김민수 님 댁",
            "김민수|김민수 님",
            "Mr John Doe,Mrs Jane Doe|Mr and Mrs Doe",
            "John Doe,Jane Doe|John and Jane Doe",
            "John Doe,Jane Roe|John Doe and Jane Roe",
            "John Doe,Jane Doe,Jim Doe|The Doe family",
            "Dr Ann Lee|Dr Lee"})
    void households_areAddressedTheWayTheirMembersNamesAreWritten(String members, String addressedAs) {
        List<ClientName> names = Arrays.stream(members.split(",")).map(PeopleRulesTest::name).toList();

        assertEquals(addressedAs, HouseholdNames.of(names));
    }

    @Test
    void aHouseholdsOwnName_replacesTheComposedOne_andItsAddressIsTheMainContacts() {
        PostalAddress home = new PostalAddress("세종대로 110", null, "중구", "서울특별시", "04524", "대한민국");
        Household household = new Household(7L, 0, " ", List.of(member(1, "김민수", home), member(2, "이서연", PostalAddress.EMPTY)));

        assertEquals("김민수·이서연 님", household.addressedAs());
        assertEquals(home, household.address());
        assertEquals("김민수 님 가족", new Household(7L, 0, "김민수 님 가족", household.members()).addressedAs());
    }

    @Test
    void letters_goOncePerHousehold_toTheFirstMemberOnTheList_andAloneToEveryoneElse() {
        Household kims = new Household(7L, 0, null, List.of(member(1, "김민수", PostalAddress.EMPTY),
                member(2, "이서연", PostalAddress.EMPTY), member(3, "김준호", PostalAddress.EMPTY)));
        Map<Long, Household> households = Map.of(1L, kims, 2L, kims, 3L, kims);
        List<ClientRef> recipients = List.of(new ClientRef(9, "Jane Doe"), new ClientRef(2, "이서연"),
                new ClientRef(3, "김준호"), new ClientRef(8, "박지훈"));

        List<HouseholdMailing.Letter<ClientRef>> letters = HouseholdMailing.letters(recipients, ClientRef::id,
                ClientRef::displayName, households);

        assertEquals(List.of("Jane Doe", "김민수 님 댁", "박지훈"), letters.stream().map(HouseholdMailing.Letter::addressedTo).toList());
        assertEquals(new ClientRef(2, "이서연"), letters.get(1).addressOf(), "the member who comes first in the household");
        assertEquals(2, letters.get(1).recipients().size());
        assertEquals(List.of("이서연 님"), HouseholdMailing.letters(List.of(new ClientRef(2, "이서연")), ClientRef::id,
                client -> client.displayName() + " 님", households).stream().map(HouseholdMailing.Letter::addressedTo).toList(),
                "one member alone gets their own letter");
    }

    private static Household.Member member(long id, String name, PostalAddress address) {
        return new Household.Member(id, name(name), address);
    }

    /** "김민수" (Hangul, family name first), "Mr John Doe" (honorific, given, family) or "John Doe". */
    private static ClientName name(String text) {
        if (NameOrder.suggestedFor(text) == NameOrder.FAMILY_FIRST) {
            return new ClientName(text, text.substring(0, 1), text.substring(1), null, null, null);
        }
        List<String> parts = List.of(text.split(" "));
        String honorific = parts.size() == 3 ? parts.get(0) : null;
        String given = parts.get(parts.size() - 2);
        String family = parts.get(parts.size() - 1);
        return new ClientName(given + " " + family, family, given, NameOrder.GIVEN_FIRST, honorific, null);
    }
}
