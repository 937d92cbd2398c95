package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValueRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"jane@example.com", "j.doe+crm@mail.example.co.kr", "민수@회사.한국", "a_b@x-y.io"})
    void email_wellFormed_isAccepted(String address) {
        assertTrue(EmailAddress.isWellFormed(address));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "jane", "jane@", "@example.com", "jane@example", "jane doe@example.com",
            "jane@@example.com", "jane@example..com", ".jane@example.com", "jane.@example.com", "jane@-x.com"})
    void email_malformed_isRefused(String address) {
        assertFalse(EmailAddress.isWellFormed(address));
        assertThrows(IllegalArgumentException.class, () -> new EmailAddress("work", address, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"010-1234-5678", "+82 10 1234 5678", "(02) 123-4567", "02.123.4567", "+1 (555) 010-9999"})
    void phone_withPhoneCharacters_isAccepted(String number) {
        assertTrue(PhoneNumber.isWellFormed(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "call me", "010-1234-567x", "12", "010+1234", "010-1234-5678 ext 5"})
    void phone_withOtherCharacters_isRefused(String number) {
        assertFalse(PhoneNumber.isWellFormed(number));
    }

    @Test
    void birthday_29February_isAllowedWithoutYearAndInLeapYears() {
        assertTrue(Birthday.isValid(2, 29, null, false));
        assertTrue(Birthday.isValid(2, 29, 1984, false));
        assertFalse(Birthday.isValid(2, 29, 1983, false));
    }

    @Test
    void birthday_impossibleDates_areRefused() {
        assertFalse(Birthday.isValid(2, 30, null, false));
        assertFalse(Birthday.isValid(4, 31, null, false));
        assertFalse(Birthday.isValid(13, 1, null, false));
        assertFalse(Birthday.isValid(1, 0, null, false));
        assertFalse(Birthday.isValid(1, 1, 1700, false));
        assertThrows(IllegalArgumentException.class, () -> Birthday.solar(2, 30, null));
    }

    @Test
    void birthday_lunar_allowsThirtyDaysInEveryMonthAndLeapMonths() {
        assertTrue(Birthday.isValid(2, 30, null, true));
        assertTrue(new Birthday(4, 10, 1970, true, true).leapMonth());
        assertThrows(IllegalArgumentException.class, () -> new Birthday(4, 10, 1970, false, true));
    }

    @Test
    void name_korean_isComposedFamilyFirstWithoutSpace() {
        ClientName name = new ClientName("", "박", "민수", null, null, null);
        assertEquals("박민수", name.displayName());
        assertEquals(NameOrder.FAMILY_FIRST, name.order());
    }

    @Test
    void name_western_isComposedGivenFirst() {
        ClientName name = new ClientName(" ", "Doe", "Jane", null, null, null);
        assertEquals("Jane Doe", name.displayName());
        assertEquals(NameOrder.GIVEN_FIRST, name.order());
    }

    @Test
    void name_withHonorific_followsTheNamesOwnConvention() {
        assertEquals("박민수 대표님", new ClientName("박민수", "박", "민수", null, "대표님", null).withHonorific());
        assertEquals("박민수님", new ClientName("박민수", "박", "민수", null, "님", null).withHonorific());
        assertEquals("Dr Doe", new ClientName("Jane Doe", "Doe", "Jane", null, "Dr", null).withHonorific());
        assertEquals("Ms Jane", new ClientName("Jane", null, null, null, "Ms", null).withHonorific());
        assertEquals("Jane Doe", new ClientName("Jane Doe", "Doe", "Jane", null, null, null).withHonorific());
    }

    @Test
    void name_missingEverywhere_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ClientName("  ", null, " ", null, null, null));
    }

    @Test
    void client_keepsExactlyOnePrimaryEmail() {
        Client client = new Client(null, 0, ClientName.of("A"), null, null, null, null, false, null,
                List.of(new EmailAddress("work", "a@x.com", false), new EmailAddress("home", "b@x.com", true),
                        new EmailAddress("other", "c@x.com", true)),
                List.of(), null, null, List.of(), null, null, null, null, null, false, null, null);
        assertEquals(List.of(false, true, false), client.emails().stream().map(EmailAddress::primary).toList());
        assertEquals("b@x.com", client.primaryEmail().orElseThrow().address());
    }

    @Test
    void client_tags_areTrimmedUniqueAndSorted() {
        Client client = new Client(null, 0, ClientName.of("A"), null, null, null, null, false, null, List.of(),
                List.of(), null, null, List.of(" vip", "tax ", "VIP", "", "audit"), null, null, null, null, null, false,
                null, null);
        assertEquals(List.of("audit", "tax", "vip"), client.tags());
    }

    @Test
    void client_blankOptionalText_isStoredAsAbsent() {
        Client client = new Client(null, 0, ClientName.of("A"), "  ", "", null, null, false, null, null, null,
                new PostalAddress(" ", null, "", null, null, null), null, null, " ", "", "  ", null, null, false, null, null);
        assertEquals(null, client.organisation());
        assertEquals(null, client.notes());
        assertTrue(client.address().isEmpty());
        assertEquals(Relationship.CLIENT, client.relationship());
        assertEquals(CustomerType.NEW, client.customerType());
    }
}
