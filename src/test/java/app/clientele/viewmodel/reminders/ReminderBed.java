package app.clientele.viewmodel.reminders;

import app.clientele.domain.Client;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.SavedSegment;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiFollowUpRepository;
import app.clientele.persistence.JdbiHouseholdRepository;
import app.clientele.persistence.JdbiInteractionRepository;
import app.clientele.persistence.JdbiNewsletterRepository;
import app.clientele.persistence.JdbiReminderRepository;
import app.clientele.testutil.MutableClock;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.SegmentSource;
import app.clientele.viewmodel.interactions.HistoryChanges;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The reminder view-models' world: a real H2 file, a clock the test sets, scripted dialogs, recorded links. */
final class ReminderBed implements AutoCloseable {
    final MutableClock clock;
    final Database database;
    final JdbiClientRepository clients;
    final JdbiInteractionRepository interactions;
    final JdbiFollowUpRepository followUps;
    final JdbiReminderRepository reminders;
    final JdbiNewsletterRepository newsletter;
    final JdbiCustomFieldRepository customFields;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    final Texts texts = new Texts(Locale.ENGLISH);
    final Dates dates;
    final HistoryChanges changes = new HistoryChanges();
    final List<Set<Long>> announced = new ArrayList<>();
    final List<String> links = new ArrayList<>();
    final StoredSegments segments = new StoredSegments();

    ReminderBed(Path folder, MutableClock clock) {
        this.clock = clock;
        database = Database.open(folder);
        clients = new JdbiClientRepository(database.jdbi(), clock);
        interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        followUps = new JdbiFollowUpRepository(database.jdbi(), clock);
        reminders = new JdbiReminderRepository(database.jdbi());
        newsletter = new JdbiNewsletterRepository(database.jdbi(), clock);
        customFields = new JdbiCustomFieldRepository(database.jdbi(), clock);
        dates = new Dates(clock, texts);
        changes.addListener(announced::add);
    }

    long client(Client client) {
        return clients.create(client).id();
    }

    RemindersViewModel reminders() {
        return new RemindersViewModel(reminders, customFields, new JdbiHouseholdRepository(database.jdbi(), clock),
                segments, tasks, dialogs, links::add, texts, dates, changes);
    }

    /** Saved segments for the lists, their members judged on the clients as stored. */
    final class StoredSegments implements SegmentSource {
        private final ObservableList<SavedSegment> saved = FXCollections.observableArrayList();

        SavedSegment add(String name, ClientFilter filter) {
            SavedSegment segment = new SavedSegment((long) saved.size() + 1, 0, name, filter);
            saved.add(segment);
            return segment;
        }

        @Override
        public ObservableList<SavedSegment> segments() {
            return saved;
        }

        @Override
        public Set<Long> members(SavedSegment segment) {
            return Set.copyOf(segment.filter().matchingIds(clients.summaries(), clock));
        }
    }

    @Override
    public void close() {
        database.close();
    }
}
