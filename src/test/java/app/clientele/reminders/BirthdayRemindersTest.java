package app.clientele.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.CardSent;
import app.clientele.domain.ClientName;
import app.clientele.domain.ContactDetails;
import app.clientele.domain.LeadTime;
import app.clientele.domain.MissingDayRule;
import app.clientele.domain.ReminderSettings;
import app.clientele.domain.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which birthdays come up when, across year ends, leap years and the lunar calendar, on a fixed "today". */
class BirthdayRemindersTest {
    private static final ReminderSettings SETTINGS = ReminderSettings.DEFAULTS;

    static ContactDetails client(long id, String name, Birthday birthday) {
        return new ContactDetails(id, ClientName.of(name), null, birthday, null, null, List.of(), Segment.INDIVIDUAL,
                false, null);
    }

    private static List<UpcomingBirthday> upcoming(LocalDate today, int days, List<CardSent> cards,
                                                   ContactDetails... clients) {
        return new BirthdayReminders(SETTINGS, Map.of()).upcoming(List.of(clients), cards, today, days);
    }

    @Test
    void acrossTheYearEnd_januaryBirthdaysCountForTheNewYear() {
        LocalDate today = LocalDate.of(2026, 12, 20);
        List<UpcomingBirthday> found = upcoming(today, 30, List.of(),
                client(1, "Jan", Birthday.solar(1, 5, 1966)),
                client(2, "Dec", Birthday.solar(12, 24, null)),
                client(3, "Past", Birthday.solar(12, 19, 1980)));

        assertEquals(List.of("Dec", "Jan"), found.stream().map(b -> b.client().displayName()).toList());
        UpcomingBirthday january = found.get(1);
        assertEquals(LocalDate.of(2027, 1, 5), january.date());
        assertEquals(2027, january.year());
        assertEquals(61, january.age());
        assertNull(found.get(0).age(), "no year of birth, no age");
        assertEquals(4, found.get(0).daysUntil(today));
    }

    @Test
    void leapDayBirthday_inACommonYear_followsTheFirmsRule() {
        Birthday leapDay = Birthday.solar(2, 29, 1988);
        assertEquals(LocalDate.of(2027, 2, 28), BirthdayDates.in(leapDay, 2027, MissingDayRule.DAY_BEFORE));
        assertEquals(LocalDate.of(2027, 3, 1), BirthdayDates.in(leapDay, 2027, MissingDayRule.DAY_AFTER));
        assertEquals(LocalDate.of(2028, 2, 29), BirthdayDates.in(leapDay, 2028, MissingDayRule.DAY_AFTER));
        assertEquals(40, BirthdayDates.age(leapDay, 2028));
    }

    @Test
    void lunarBirthday_fallsOnItsSolarDayOfTheYear() {
        Birthday chuseok = new Birthday(8, 15, 1966, true, false);
        List<UpcomingBirthday> found = upcoming(LocalDate.of(2026, 9, 1), 30, List.of(), client(1, "박민수", chuseok));

        assertEquals(1, found.size());
        assertEquals(LocalDate.of(2026, 9, 25), found.get(0).date());
        assertEquals(60, found.get(0).age());
    }

    @Test
    void lunarTwelfthMonth_countsForTheLunarYear_inJanuaryOfTheNext() {
        Birthday lateInTheYear = new Birthday(12, 20, 1960, true, false);
        List<UpcomingBirthday> found = upcoming(LocalDate.of(2027, 1, 10), 30, List.of(),
                client(1, "김영희", lateInTheYear));

        assertEquals(LocalDate.of(2027, 1, 27), found.get(0).date());
        assertEquals(2026, found.get(0).year(), "lunar year 2026 began on 17 February 2026");
        assertEquals(66, found.get(0).age());
    }

    @Test
    void leapMonthBirthday_usesTheLeapMonthWhenTheYearHasIt_elseTheOrdinaryMonth() {
        Birthday leapFifth = new Birthday(5, 10, 1990, true, true);
        assertEquals(LocalDate.of(2028, 7, 2), BirthdayDates.in(leapFifth, 2028, MissingDayRule.DAY_BEFORE),
                "2028 has a leap fifth month from 23 June");
        assertEquals(LocalDate.of(2026, 6, 24), BirthdayDates.in(leapFifth, 2026, MissingDayRule.DAY_BEFORE),
                "2026 has none: the ordinary fifth month");
    }

    @Test
    void lunarDayThirty_inAShortMonth_followsTheFirmsRule() {
        Birthday thirtieth = new Birthday(2, 30, null, true, false);
        // The second month of lunar 2026 has 29 days: from 19 March to 16 April.
        assertEquals(LocalDate.of(2026, 4, 16), BirthdayDates.in(thirtieth, 2026, MissingDayRule.DAY_BEFORE));
        assertEquals(LocalDate.of(2026, 4, 17), BirthdayDates.in(thirtieth, 2026, MissingDayRule.DAY_AFTER));
        assertEquals(LocalDate.of(2027, 4, 6), BirthdayDates.in(thirtieth, 2027, MissingDayRule.DAY_BEFORE),
                "lunar 2027's second month has 30 days");
    }

    @Test
    void leadTime_startsTheCardReminder_andOnTheDayStaysAReminder() {
        LocalDate birthday = LocalDate.of(2026, 12, 4);
        ContactDetails key = client(1, "Key client", Birthday.solar(12, 4, 1966));
        ContactDetails colleague = client(2, "Colleague", Birthday.solar(12, 4, null));
        BirthdayReminders reminders = new BirthdayReminders(SETTINGS, Map.of(1L, new LeadTime(10, true),
                2L, LeadTime.ON_THE_DAY));

        List<UpcomingBirthday> elevenDaysAhead = reminders.upcoming(List.of(key, colleague), List.of(),
                birthday.minusDays(11), 30);
        assertFalse(elevenDaysAhead.get(0).cardDue(birthday.minusDays(11)));
        List<UpcomingBirthday> tenDaysAhead = reminders.upcoming(List.of(key, colleague), List.of(),
                birthday.minusDays(10), 30);
        assertEquals(List.of("Key client"), BirthdayReminders.cardsToSend(tenDaysAhead, birthday.minusDays(10))
                .stream().map(b -> b.client().displayName()).toList());
        UpcomingBirthday colleagueOnTheDay = reminders.upcoming(List.of(colleague), List.of(), birthday, 0).get(0);
        assertTrue(colleagueOnTheDay.remindedOn(birthday));
        assertFalse(colleagueOnTheDay.remindedOn(birthday.minusDays(1)));
    }

    @Test
    void defaultLeadTime_remindsFourteenDaysAhead_evenBeyondTheListsWindow() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<UpcomingBirthday> found = upcoming(today, 7, List.of(), client(1, "Soon", Birthday.solar(12, 4, null)));
        assertEquals(1, found.size(), "14 days ahead: its card is due although the list looks 7 days ahead");
        assertTrue(found.get(0).cardDue(today));
    }

    @Test
    void cardSentThisYear_isNotDueAgain_butNextYearsIs() {
        ContactDetails client = client(7, "Jane", Birthday.solar(12, 1, null));
        LocalDate today = LocalDate.of(2026, 11, 25);
        List<CardSent> sent = List.of(new CardSent(7, 2026, Instant.parse("2026-11-24T10:00:00Z"), null));

        UpcomingBirthday thisYear = upcoming(today, 30, sent, client).get(0);
        assertTrue(thisYear.cardSent());
        assertFalse(thisYear.cardDue(today));

        LocalDate nextYear = LocalDate.of(2027, 11, 25);
        UpcomingBirthday later = upcoming(nextYear, 30, sent, client).get(0);
        assertFalse(later.cardSent());
        assertTrue(later.cardDue(nextYear));
    }

    @Test
    void archivedClients_andClientsWithoutBirthday_areLeftOut() {
        ContactDetails archived = new ContactDetails(1, ClientName.of("Gone"), null, Birthday.solar(12, 1, null), null,
                null, List.of(), null, true, null);
        assertEquals(List.of(), upcoming(LocalDate.of(2026, 11, 25), 30, List.of(), archived,
                client(2, "No birthday", null)));
    }
}
