package app.clientele.viewmodel.reminders;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.clientele.domain.Birthday;
import app.clientele.domain.ClientRef;
import app.clientele.domain.FollowUp;
import app.clientele.domain.Priority;
import app.clientele.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the notification says and when: at most once a day, and never when switched off. */
class ReminderNotifierTest {
    @TempDir
    Path folder;
    private ReminderBed bed;
    private final SimpleBooleanProperty enabled = new SimpleBooleanProperty(true);
    private ReminderNotifier notifier;

    @BeforeEach
    void open() {
        bed = new ReminderBed(folder, MutableClock.at("2026-11-29T09:00", ZoneId.of("Asia/Seoul")));
        notifier = new ReminderNotifier(bed.reminders, bed.followUps, bed.tasks, bed.dialogs, bed.texts, bed.dates,
                enabled);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void nothingDue_notifiesNothing() {
        bed.client(aClient().withBirthday(Birthday.solar(6, 1, null)).build());
        notifier.checkDaily();
        assertNull(notifier.noticeProperty().get());
    }

    @Test
    void birthdaysCardsAndOverdueFollowUps_areNotifiedOnceADay() {
        long jane = bed.client(aClient().withName("Jane").withBirthday(Birthday.solar(12, 2, null)).build());
        bed.client(aClient().withName("Later").withBirthday(Birthday.solar(12, 10, null)).build());
        bed.followUps.create(FollowUp.open(new ClientRef(jane, "Jane"), null, "Call back", LocalDate.of(2026, 11, 27),
                null, Priority.NORMAL));

        notifier.checkDaily();
        ReminderNotifier.Notice notice = notifier.noticeProperty().get();
        assertEquals("1 birthday in the next 7 days\n2 cards to send\n1 overdue follow-up", notice.text());

        notifier.checkDaily();
        assertSame(notice, notifier.noticeProperty().get(), "the same day is not notified twice");
        bed.clock.advance(Duration.ofDays(1));
        notifier.checkDaily();
        assertEquals(LocalDate.of(2026, 11, 30), notifier.noticeProperty().get().day());
    }

    @Test
    void switchedOff_notifiesNothing() {
        bed.client(aClient().withBirthday(Birthday.solar(11, 30, null)).build());
        enabled.set(false);
        notifier.checkDaily();
        assertNull(notifier.noticeProperty().get());
    }
}
