package app.clientele.viewmodel.interactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.Direction;
import app.clientele.domain.DueGroup;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpStatus;
import app.clientele.domain.Interaction;
import app.clientele.domain.Priority;
import app.clientele.domain.Relationship;
import app.clientele.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayViewModelTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    @TempDir
    Path folder;
    private TestBed bed;
    private LogInteractionViewModel logForm;
    private TodayViewModel today;
    private ClientRef kim;

    @BeforeEach
    void open() {
        // Clients are added long before "now", so none is due to contact unless a test makes it so.
        bed = new TestBed(folder, MutableClock.at("2026-03-09T12:00:00", SEOUL));
        kim = bed.client("김민수");
        bed.interactions.create(Interaction.with(kim, bed.clock.instant(), Channel.EMAIL, Direction.INBOUND, "hi"));
        bed.clock.set("2026-03-10T09:00:00");
        logForm = bed.logForm();
        today = new TodayViewModel(bed.followUps, bed.keepInTouch, bed.customFields, bed.actions(), logForm, bed.tasks,
                bed.dialogs, bed.texts, bed.dates, bed.changes);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void load_groupsOverdueTodayAndTheNextSevenDays_withCounts() {
        followUp("yesterday", MARCH_10.minusDays(1), null);
        followUp("this afternoon", MARCH_10, LocalTime.of(15, 0));
        followUp("tomorrow", MARCH_10.plusDays(1), null);
        followUp("in a week", MARCH_10.plusDays(7), null);
        followUp("in eight days", MARCH_10.plusDays(8), null);

        today.load();

        assertEquals(List.of("Overdue (1)", "yesterday", "Due today (1)", "this afternoon", "Next 7 days (2)",
                "tomorrow", "in a week"), lines());
        assertEquals(1, today.countProperty(DueGroup.OVERDUE).get());
        assertEquals("1 overdue · 1 today · 2 next 7 days · 0 due to contact", today.summaryTextProperty().get());
        String due = today.actions().due(task(3).followUp());
        assertTrue(due.startsWith("Today ") && due.contains("3:00"), due);
    }

    @Test
    void atMidnightInTheUsersZone_dueTodayBecomesOverdue() {
        followUp("send the contract", MARCH_10, null);
        bed.clock.set("2026-03-10T23:59:59");
        today.load();
        assertEquals(List.of("Due today (1)", "send the contract"), lines());

        bed.clock.advance(Duration.ofSeconds(1));
        today.load();

        assertEquals(List.of("Overdue (1)", "send the contract"), lines());
        assertEquals("Yesterday", today.actions().due(task(1).followUp()));
    }

    @Test
    void complete_marksDone_thenOffersToLogTheInteractionThatCompletedIt() {
        followUp("Call about the refund", MARCH_10, null);
        today.load();

        today.complete(task(1).followUp());

        assertEquals(List.of(), lines());
        assertEquals("Done: Call about the refund (김민수)", today.lastCompletedTextProperty().get());
        FollowUp stored = bed.followUps.forClient(kim.id(), 5).get(0);
        assertEquals(FollowUpStatus.DONE, stored.status());
        assertEquals(bed.clock.instant(), stored.completedAt());

        today.logCompleted();

        assertTrue(logForm.showingProperty().get());
        assertEquals(List.of(kim), logForm.participants());
        assertEquals("Call about the refund", logForm.subjectProperty().get());
        assertNull(today.lastCompletedProperty().get());
    }

    @Test
    void undoComplete_opensTheFollowUpAgain() {
        followUp("Call about the refund", MARCH_10, null);
        today.load();
        today.complete(task(1).followUp());

        today.undoComplete();

        assertEquals(List.of("Due today (1)", "Call about the refund"), lines());
        assertEquals(FollowUpStatus.OPEN, bed.followUps.forClient(kim.id(), 0).get(0).status());
    }

    @Test
    void snooze_movesTheDueDayFromToday_tomorrowNextWeekOrAChosenDay() {
        followUp("overdue call", MARCH_10.minusDays(3), LocalTime.of(9, 0));
        today.load();

        today.snooze(task(1).followUp(), Snooze.TOMORROW);
        assertEquals(List.of("Next 7 days (1)", "overdue call"), lines());
        assertEquals(MARCH_10.plusDays(1), task(1).followUp().dueDate());
        assertEquals(LocalTime.of(9, 0), task(1).followUp().dueTime(), "the time of day stays");

        today.snooze(task(1).followUp(), Snooze.NEXT_WEEK);
        assertEquals(MARCH_10.plusDays(7), task(1).followUp().dueDate());

        bed.dialogs.answerDate(LocalDate.of(2026, 4, 1));
        today.snoozeToChosenDay(task(1).followUp());
        assertEquals(List.of(), lines(), "1 April is beyond the next seven days");
        assertEquals(LocalDate.of(2026, 4, 1), bed.followUps.forClient(kim.id(), 0).get(0).dueDate());

        bed.dialogs.answerDate(null);
        FollowUp april = bed.followUps.forClient(kim.id(), 0).get(0);
        bed.actions().snoozeToChosenDay(april);
        assertEquals(april, bed.followUps.find(april.id()).orElseThrow(), "cancelling the date changes nothing");
    }

    @Test
    void dueToContact_listsClientsPastTheirCadence_oldestFirst_andLogsWithOneClick() {
        bed.clock.set("2025-01-01T10:00:00");
        ClientRef customer = bed.client("Old customer", Relationship.CUSTOMER);
        ClientRef quiet = bed.client("Quiet client");
        ClientRef recent = bed.client("Recent client");
        bed.interactions.create(Interaction.with(quiet, java.time.Instant.parse("2025-11-20T00:00:00Z"),
                Channel.PHONE_CALL, Direction.OUTBOUND, "call"));
        bed.interactions.create(Interaction.with(recent, java.time.Instant.parse("2026-02-20T00:00:00Z"),
                Channel.PHONE_CALL, Direction.OUTBOUND, "call"));
        bed.clock.set("2026-03-10T09:00:00");

        today.load();

        assertEquals(List.of("Due to contact (2)", "Old customer", "Quiet client"), lines());
        assertEquals("Never contacted · added 433 days ago · every 365 days",
                today.describe(((TodayItem.DueToContact) today.items().get(1)).status()));
        assertEquals("Last contact 110 days ago · every 90 days",
                today.describe(((TodayItem.DueToContact) today.items().get(2)).status()));

        today.logInteraction(quiet);
        logForm.save();

        assertEquals(List.of("Due to contact (1)", "Old customer"), lines(), "Today reloads once the call is logged");
        assertEquals(1, today.dueToContactCountProperty().get());
        assertTrue(bed.clients.summary(customer.id()).orElseThrow().lastContact() == null);
    }

    private void followUp(String title, LocalDate due, LocalTime time) {
        bed.followUps.create(FollowUp.open(kim, null, title, due, time, Priority.NORMAL));
    }

    private TodayItem.Task task(int index) {
        return (TodayItem.Task) today.items().get(index);
    }

    private List<String> lines() {
        return today.items().stream().map(item -> {
            if (item instanceof TodayItem.Heading heading) {
                return heading.text();
            }
            if (item instanceof TodayItem.Task task) {
                return task.followUp().title();
            }
            return ((TodayItem.DueToContact) item).status().client().displayName();
        }).toList();
    }
}
