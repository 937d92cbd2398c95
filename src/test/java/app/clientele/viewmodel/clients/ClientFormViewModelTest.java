package app.clientele.viewmodel.clients;

import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.EmailAddress;
import app.clientele.i18n.Texts;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClientFormViewModelTest {
    private final ClientFormViewModel form = new ClientFormViewModel(new Texts(Locale.ENGLISH));

    @Test
    void newForm_isCleanAndCannotBeSavedWithoutAName() {
        assertFalse(form.dirtyProperty().get());
        assertFalse(form.validProperty().get());
        assertNull(form.nameErrorProperty().get(), "no scolding before the user types");

        form.organisationProperty().set("Acme");
        assertEquals("A name is required.", form.nameErrorProperty().get());
        assertFalse(form.validProperty().get());
    }

    @Test
    void typingFamilyAndGivenName_composesTheDisplayName() {
        form.familyNameProperty().set("박");
        form.givenNameProperty().set("민수");
        assertEquals("박민수", form.displayNameProperty().get());

        form.familyNameProperty().set("Doe");
        form.givenNameProperty().set("Jane");
        assertEquals("Jane Doe", form.displayNameProperty().get());
        assertTrue(form.validProperty().get());
        assertTrue(form.dirtyProperty().get());
    }

    @Test
    void ownDisplayName_isNotOverwrittenByNameParts() {
        form.displayNameProperty().set("Dr. J. Doe");
        form.givenNameProperty().set("Jane");
        assertEquals("Dr. J. Doe", form.displayNameProperty().get());
    }

    @Test
    void malformedEmail_isReportedOnItsRowAndBlocksSaving() {
        form.displayNameProperty().set("Jane");
        EmailEntry email = form.addEmail();
        email.addressProperty().set("jane@");

        assertEquals("“jane@” is not a valid email address.", email.errorProperty().get());
        assertFalse(form.validProperty().get());

        email.addressProperty().set("jane@example.com");
        assertNull(email.errorProperty().get());
        assertTrue(form.validProperty().get());
    }

    @Test
    void malformedPhone_isReported() {
        form.displayNameProperty().set("Jane");
        PhoneEntry phone = form.addPhone();
        phone.numberProperty().set("call me");
        assertNotNull(phone.errorProperty().get());
        assertFalse(form.validProperty().get());
    }

    @Test
    void birthday_isValidatedAsARealDate() {
        form.displayNameProperty().set("Jane");
        form.birthMonthProperty().set(2);
        assertEquals("Choose both the month and the day.", form.birthdayErrorProperty().get());

        form.birthDayProperty().set(30);
        assertEquals("February 30 is not a date.", form.birthdayErrorProperty().get());

        form.birthDayProperty().set(29);
        assertNull(form.birthdayErrorProperty().get(), "29 February without a year is fine");

        form.birthYearProperty().set("1983");
        assertEquals("February 29, 1983 is not a date.", form.birthdayErrorProperty().get());

        form.birthYearProperty().set("84");
        assertEquals("“84” is not a year: write it with four digits, such as 1980.", form.birthdayErrorProperty().get());

        form.birthYearProperty().set("1984");
        assertTrue(form.validProperty().get());
        assertEquals(Birthday.solar(2, 29, 1984), form.toClient().birthday());
    }

    @Test
    void koreanAddress_needsAFiveDigitPostcode() {
        form.displayNameProperty().set("박민수");
        form.streetProperty().set("세종대로 110");
        form.postcodeProperty().set("100-011");
        assertEquals("“100-011” is not a Korean postcode: it has five digits, such as 04524.",
                form.addressErrorProperty().get());
        assertFalse(form.validProperty().get());

        form.postcodeProperty().set("04524");
        assertNull(form.addressErrorProperty().get());

        form.streetProperty().set("10 Downing Street");
        form.countryProperty().set("United Kingdom");
        form.postcodeProperty().set("SW1A 2AA");
        assertNull(form.addressErrorProperty().get(), "other countries' postcodes are left as written");
    }

    @Test
    void phone_isTidiedIntoItsCountrysLayout() {
        PhoneEntry phone = form.addPhone();
        phone.numberProperty().set("01012345678");
        phone.tidy();
        assertEquals("010-1234-5678", phone.numberProperty().get());

        phone.numberProperty().set("010-12ab");
        phone.tidy();
        assertEquals("010-12ab", phone.numberProperty().get(), "an invalid number is left for the user to fix");
    }

    @Test
    void loadedClient_roundTripsThroughTheForm() {
        Client stored = aKoreanClient().build().withId(7, 3, Instant.EPOCH, Instant.EPOCH);
        form.load(stored);

        assertFalse(form.dirtyProperty().get());
        assertEquals(stored, form.toClient());
        assertEquals("박민수", form.titleProperty().get());
    }

    @Test
    void editingAndUndoingTheEdit_leavesTheFormClean() {
        form.load(aKoreanClient().build().withId(7, 0, Instant.EPOCH, Instant.EPOCH));

        form.organisationProperty().set("다른 회사");
        assertTrue(form.dirtyProperty().get());

        form.organisationProperty().set("한빛세무회계");
        assertFalse(form.dirtyProperty().get());

        form.emails().get(0).labelProperty().set("home");
        assertTrue(form.dirtyProperty().get(), "changes inside an email row count");
    }

    @Test
    void choosingAnotherPrimaryEmail_unmarksTheFirst() {
        form.displayNameProperty().set("Jane");
        EmailEntry first = form.addEmail();
        first.addressProperty().set("a@example.com");
        EmailEntry second = form.addEmail();
        second.addressProperty().set("b@example.com");
        assertTrue(first.primaryProperty().get());

        second.primaryProperty().set(true);

        assertFalse(first.primaryProperty().get());
        assertEquals("b@example.com", form.toClient().primaryEmail().map(EmailAddress::address).orElseThrow());
    }

    @Test
    void blankRowsAndTagSpacing_areTidiedWhenSaving() {
        form.displayNameProperty().set("Jane");
        form.addEmail();
        form.addPhone().numberProperty().set("  ");
        form.tagsProperty().set(" vip,  tax , ,");

        Client client = form.toClient();

        assertTrue(client.emails().isEmpty());
        assertTrue(client.phones().isEmpty());
        assertEquals(List.of("tax", "vip"), client.tags());
    }

    @Test
    void startNew_afterEditing_discardsTheEdits() {
        form.load(aKoreanClient().build().withId(7, 0, Instant.EPOCH, Instant.EPOCH));
        form.notesProperty().set("changed");

        form.startNew();

        assertTrue(form.isNew());
        assertEquals("", form.displayNameProperty().get());
        assertFalse(form.dirtyProperty().get());
        assertEquals("New client", form.titleProperty().get());
    }
}
