package app.clientele.viewmodel.interactions;

import static app.clientele.testutil.ClientBuilder.aClient;

import app.clientele.domain.ClientRef;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.Relationship;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiConnectionRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiFollowUpRepository;
import app.clientele.persistence.JdbiInteractionRepository;
import app.clientele.persistence.JdbiKeepInTouchRepository;
import app.clientele.testutil.MutableClock;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.Dates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The interaction view-models' world for a test: a real H2 file, the repositories on a clock the
 * test controls, scripted dialogs, tasks run at once, and a record of the history changes announced.
 */
final class TestBed implements AutoCloseable {
    final MutableClock clock;
    final Database database;
    final JdbiClientRepository clients;
    final JdbiInteractionRepository interactions;
    final JdbiFollowUpRepository followUps;
    final JdbiKeepInTouchRepository keepInTouch;
    final JdbiConnectionRepository connections;
    final JdbiCustomFieldRepository customFields;
    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();
    final Texts texts = new Texts(Locale.ENGLISH);
    final Dates dates;
    final HistoryChanges changes = new HistoryChanges();
    final List<Set<Long>> announced = new ArrayList<>();

    TestBed(Path folder, MutableClock clock) {
        this.clock = clock;
        database = Database.open(folder);
        clients = new JdbiClientRepository(database.jdbi(), clock);
        interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        followUps = new JdbiFollowUpRepository(database.jdbi(), clock);
        keepInTouch = new JdbiKeepInTouchRepository(database.jdbi());
        connections = new JdbiConnectionRepository(database.jdbi());
        customFields = new JdbiCustomFieldRepository(database.jdbi(), clock);
        dates = new Dates(clock, texts);
        changes.addListener(announced::add);
    }

    ClientRef client(String name) {
        return client(name, Relationship.CLIENT);
    }

    ClientRef client(String name, Relationship relationship) {
        long id = clients.create(aClient().withName(name).withRelationship(relationship).build()).id();
        return new ClientRef(id, name);
    }

    List<ClientSummary> summaries() {
        return clients.summaries();
    }

    LogInteractionViewModel logForm() {
        return new LogInteractionViewModel(interactions, followUps, tasks, dialogs, texts, dates, changes,
                this::summaries, connections);
    }

    FollowUpActions actions() {
        return new FollowUpActions(followUps, tasks, dialogs, texts, dates, changes);
    }

    @Override
    public void close() {
        database.close();
    }
}
