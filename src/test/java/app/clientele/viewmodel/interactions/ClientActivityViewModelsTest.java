package app.clientele.viewmodel.interactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.Direction;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpStatus;
import app.clientele.domain.Interaction;
import app.clientele.domain.Relationship;
import app.clientele.testutil.MutableClock;
import app.clientele.viewmodel.interactions.ClientFollowUpsViewModel.CadenceChoice;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selected client's timeline and follow-ups, as the Activity tab shows them. */
class ClientActivityViewModelsTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path folder;
    private TestBed bed;
    private TimelineViewModel timeline;
    private ClientFollowUpsViewModel followUps;
    private ClientRef kim;

    @BeforeEach
    void open() {
        bed = new TestBed(folder, MutableClock.at("2026-03-10T09:00:00", SEOUL));
        kim = bed.client("김민수");
        timeline = new TimelineViewModel(bed.interactions, bed.tasks, bed.dialogs, bed.texts, bed.dates, bed.changes);
        followUps = new ClientFollowUpsViewModel(bed.followUps, bed.keepInTouch, bed.actions(), bed.tasks, bed.dialogs,
                bed.texts, bed.changes);
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void timeline_readsALongHistoryAPageAtATime_newestFirst() {
        for (int hour = 1; hour <= 120; hour++) {
            bed.interactions.create(Interaction.with(kim, bed.clock.instant().minus(Duration.ofHours(hour)),
                    Channel.EMAIL, Direction.INBOUND, "mail " + hour));
        }

        timeline.open(kim);
        assertEquals(TimelineViewModel.PAGE_SIZE, timeline.entries().size());
        assertEquals("mail 1", timeline.entries().get(0).subject());
        assertTrue(timeline.hasMoreProperty().get());
        assertEquals("120 interactions", timeline.countTextProperty().get());

        timeline.loadMore();
        timeline.loadMore();

        assertEquals(120, timeline.entries().size());
        assertEquals("mail 120", timeline.entries().get(119).subject());
        assertFalse(timeline.hasMoreProperty().get());
        assertTrue(timeline.lastContactTextProperty().get().startsWith("Last contact: "), timeline.lastContactTextProperty().get());
        assertTrue(timeline.lastContactTextProperty().get().endsWith("(today)"));
    }

    @Test
    void timeline_followsLoggedInteractions_andDeletesOnlyWhenConfirmed() {
        timeline.open(kim);
        assertEquals("No contact recorded yet.", timeline.lastContactTextProperty().get());
        LogInteractionViewModel form = bed.logForm();
        form.start(kim);
        form.subjectProperty().set("First call");
        form.save();
        assertEquals(1, timeline.entries().size());
        assertEquals("Phone call · Outbound", timeline.heading(timeline.entries().get(0)));

        bed.dialogs.answerConfirm(false);
        timeline.delete(timeline.entries().get(0));
        assertEquals(1, bed.interactions.countFor(kim.id()));

        bed.dialogs.answerConfirm(true);
        timeline.delete(timeline.entries().get(0));
        assertEquals(List.of(), timeline.entries());
        assertEquals(0, bed.interactions.countFor(kim.id()));
    }

    @Test
    void followUps_openOnesFirst_completeAndReopen() {
        bed.followUps.create(FollowUp.open(kim, null, "later", LocalDate.of(2026, 3, 20), null, null));
        bed.followUps.create(FollowUp.open(kim, null, "sooner", LocalDate.of(2026, 3, 11), null, null));
        followUps.open(kim, Relationship.CLIENT);
        assertEquals(List.of("sooner", "later"), titles());

        followUps.complete(followUps.items().get(0));
        assertEquals(List.of("later", "sooner"), titles());
        assertEquals(FollowUpStatus.DONE, followUps.items().get(1).status());

        followUps.reopen(followUps.items().get(1));
        assertEquals(List.of("sooner", "later"), titles());
    }

    @Test
    void cadence_defaultsByRelationship_andAChoiceIsStoredAtOnce() {
        ClientRef customer = bed.client("Tom Customer", Relationship.CUSTOMER);
        followUps.open(kim, Relationship.CLIENT);
        assertEquals("Default (every 90 days)", followUps.cadenceProperty().get().label());
        followUps.open(customer, Relationship.CUSTOMER);
        assertEquals("Default (every 365 days)", followUps.cadenceProperty().get().label());

        followUps.cadenceProperty().set(choice(30));

        assertEquals(Optional.of(30), bed.keepInTouch.cadence(customer.id()));
        assertEquals(List.of(java.util.Set.of(customer.id())), bed.announced, "Today hears of the change");
        followUps.open(kim, Relationship.CLIENT);
        followUps.open(customer, Relationship.CUSTOMER);
        assertEquals("Every 30 days", followUps.cadenceProperty().get().label());

        followUps.cadenceProperty().set(choice(0));
        assertEquals(Optional.of(0), bed.keepInTouch.cadence(customer.id()));
        assertEquals("Never remind me", followUps.cadenceProperty().get().label());
        followUps.cadenceProperty().set(choice(null));
        assertEquals(Optional.empty(), bed.keepInTouch.cadence(customer.id()));
    }

    private CadenceChoice choice(Integer days) {
        return followUps.cadenceChoices().stream().filter(c -> java.util.Objects.equals(c.days(), days))
                .findFirst().orElseThrow();
    }

    private List<String> titles() {
        return followUps.items().stream().map(FollowUp::title).toList();
    }
}
