package app.clientele.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.ClientName;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.SearchText;
import app.clientele.i18n.Texts;
import app.clientele.text.AddressFormat;
import app.clientele.text.Phones;
import app.clientele.viewmodel.clients.ClientFormViewModel;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/**
 * Random and hostile text thrown at every validator and text rule: nothing may throw except the
 * documented refusal, and a validator's yes must mean the record accepts the value.
 */
class HostileInputProperties {

    @Provide
    Arbitrary<String> hostile() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars("'\";--%_\\/*()[]{}<>@.+ -").ofMaxLength(60),
                Arbitraries.strings().withCharRange('가', '힣').withCharRange('ㄱ', 'ㅎ').ofMaxLength(40),
                Arbitraries.of("' OR 1=1 --", "'; DROP TABLE client; --", "%", "_", "\\", "\u0000", "\uFEFF",
                        "\uD800", "𝒥𝒶𝓃𝑒", "a".repeat(100_000)));
    }

    @Property(tries = 2000)
    void emailValidator_agreesWithTheRecord(@ForAll("hostile") String text) {
        if (EmailAddress.isWellFormed(text)) {
            assertEquals(text.strip(), new EmailAddress("work", text, true).address());
        }
    }

    @Property(tries = 2000)
    void phoneValidator_agreesWithTheRecordAndPhoneRulesNeverThrow(@ForAll("hostile") String text) {
        if (PhoneNumber.isWellFormed(text)) {
            new PhoneNumber("mobile", text);
        }
        Phones.matchKey(text);
        Phones.format(text);
    }

    @Property(tries = 3000)
    void birthdayValidator_agreesWithTheRecord(@ForAll @IntRange(min = -2, max = 14) int month,
                                               @ForAll @IntRange(min = -2, max = 33) int day,
                                               @ForAll @IntRange(min = 1800, max = 2100) int year,
                                               @ForAll boolean lunar) {
        if (Birthday.isValid(month, day, year, lunar)) {
            assertEquals(day, new Birthday(month, day, year, lunar, false).day());
        }
        if (Birthday.isValid(month, day, null, lunar)) {
            new Birthday(month, day, null, lunar, false);
        }
    }

    @Property(tries = 2000)
    void search_neverThrowsAndFindsWhatWasIndexed(@ForAll("hostile") String text) {
        String key = SearchText.keyFor(List.of(text), List.of(), List.of(), List.of());
        SearchText.query(text).matches(key);
        boolean plainText = text.chars().noneMatch(Character::isDigit) && text.indexOf('\u001F') < 0;
        if (plainText && !SearchText.query(text).isBlank()) {
            assertTrue(SearchText.query(text).matches(key), "a name is found by itself");
        }
    }

    @Property(tries = 1000)
    void nameAndAddressRules_neverThrowOnAnyText(@ForAll("hostile") String text,
                                                 @ForAll @StringLength(max = 20) String other) {
        if (!text.isBlank() && text.strip().length() <= ClientName.MAX_DISPLAY_LENGTH) {
            new ClientName(text, other, text, null, other, null).withHonorific();
        }
        AddressFormat.lines(new PostalAddress(text, other, text, other, other, text, other), true);
    }

    @Property(tries = 500)
    void clientForm_neverThrowsWhateverIsTyped(@ForAll("hostile") String name, @ForAll("hostile") String email,
                                               @ForAll("hostile") String phone, @ForAll("hostile") String year) {
        ClientFormViewModel form = new ClientFormViewModel(new Texts(Locale.KOREAN));
        form.displayNameProperty().set(name);
        form.addEmail().addressProperty().set(email);
        form.addPhone().numberProperty().set(phone);
        form.birthMonthProperty().set(2);
        form.birthDayProperty().set(29);
        form.birthYearProperty().set(year);
        form.tagsProperty().set(name);
        form.postcodeProperty().set(phone);
        if (form.validProperty().get()) {
            assertTrue(form.toClient().displayName().length() <= ClientName.MAX_DISPLAY_LENGTH);
        }
    }
}
