package app.clientele.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.domain.Birthday;
import org.junit.jupiter.api.Test;

/** The ISO 8601 text birthdays are written in: exported files depend on it character for character. */
class BirthdaysTest {

    @Test
    void iso_withYear_padsMonthAndDayToTwoDigits() {
        assertEquals("1850-03-05", Birthdays.iso(Birthday.solar(3, 5, 1850)));
        assertEquals("1999-12-31", Birthdays.iso(Birthday.solar(12, 31, 1999)));
    }

    @Test
    void iso_withoutYear_startsWithTwoDashes() {
        assertEquals("--02-29", Birthdays.iso(Birthday.solar(2, 29, null)));
        assertEquals("--11-09", Birthdays.iso(Birthday.solar(11, 9, null)));
    }

    @Test
    void iso_ofLunarBirthday_keepsDaysNoSolarMonthHas() {
        assertEquals("1962-02-30", Birthdays.iso(new Birthday(2, 30, 1962, true, false)));
    }
}
