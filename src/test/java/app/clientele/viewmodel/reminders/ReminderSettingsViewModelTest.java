package app.clientele.viewmodel.reminders;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.LeadTime;
import app.clientele.domain.MissingDayRule;
import app.clientele.domain.ReminderSettings;
import app.clientele.testutil.MutableClock;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The firm's reminder settings and a client's own lead time, as the forms change them. */
class ReminderSettingsViewModelTest {
    @TempDir
    Path folder;
    private ReminderBed bed;

    @BeforeEach
    void open() {
        bed = new ReminderBed(folder, MutableClock.at("2026-11-29T09:00", ZoneId.of("Asia/Seoul")));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void settings_areSaved_withOwnTemplatesOnly_andNotificationsOnlyOnSave() {
        SimpleBooleanProperty notifications = new SimpleBooleanProperty(true);
        ReminderSettingsViewModel form = new ReminderSettingsViewModel(bed.reminders, bed.tasks, bed.dialogs,
                bed.texts, bed.changes, notifications);
        form.open();
        assertTrue(form.showingProperty().get());
        assertEquals("14 days before, and on the day", form.leadTimeProperty().get().label());
        assertEquals("Happy birthday, {name}!", form.englishSubjectProperty().get());

        form.leadTimeProperty().set(form.leadTimes().stream()
                .filter(choice -> choice.leadTime().equals(new LeadTime(7, true))).findFirst().orElseThrow());
        form.missingDayRuleProperty().set(MissingDayRule.DAY_AFTER);
        form.koreanSubjectProperty().set("{name}님, 생일 축하해요");
        form.showNotificationsProperty().set(false);
        assertTrue(notifications.get(), "nothing changes before Save");
        form.englishBodyProperty().set(" ");
        assertFalse(form.validProperty().get());
        form.resetTemplates();
        form.koreanSubjectProperty().set("{name}님, 생일 축하해요");
        form.save();

        ReminderSettings stored = bed.reminders.settings();
        assertEquals(new LeadTime(7, true), stored.defaultLeadTime());
        assertEquals(MissingDayRule.DAY_AFTER, stored.missingDayRule());
        assertNull(stored.englishGreeting(), "the built-in English text is not copied into the data");
        assertEquals("{name}님, 생일 축하해요", stored.koreanGreeting().subject());
        assertFalse(notifications.get());
        assertFalse(form.showingProperty().get());
    }

    @Test
    void clientsOwnLeadTime_isStoredAtOnce_andDefaultGoesBack() {
        long id = bed.client(aClient().withName("Key client").withBirthday(Birthday.solar(12, 20, null)).build());
        ClientRemindersViewModel tab = new ClientRemindersViewModel(bed.reminders, bed.newsletter, bed.tasks,
                bed.dialogs, bed.texts, bed.dates, bed.changes);
        tab.open(bed.clients.summary(id).orElseThrow());
        assertEquals("Default (14 days before, and on the day)", tab.leadTimeProperty().get().label());

        tab.leadTimeProperty().set(choice(tab, new LeadTime(21, true)));
        assertEquals(Optional.of(new LeadTime(21, true)), bed.reminders.leadTime(id));
        assertTrue(bed.announced.contains(Set.of(id)));
        tab.leadTimeProperty().set(choice(tab, null));
        assertEquals(Optional.empty(), bed.reminders.leadTime(id));

        bed.reminders.markCardSent(new app.clientele.domain.ClientRef(id, "Key client"), 2026,
                bed.clock.instant(), "Birthday card 2026");
        tab.open(bed.clients.summary(id).orElseThrow());
        assertEquals(List.of("2026: sent Nov 29, 2026"), List.copyOf(tab.cards()));
    }

    private static LeadTimeChoice choice(ClientRemindersViewModel tab, LeadTime leadTime) {
        return tab.leadTimes().stream().filter(c -> java.util.Objects.equals(c.leadTime(), leadTime)).findFirst()
                .orElseThrow();
    }
}
