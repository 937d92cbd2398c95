package app.clientele.viewmodel.interactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.Direction;
import app.clientele.domain.FollowUp;
import app.clientele.domain.Interaction;
import app.clientele.domain.Priority;
import app.clientele.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogInteractionViewModelTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path folder;
    private TestBed bed;
    private LogInteractionViewModel form;
    private ClientRef kim;

    @BeforeEach
    void open() {
        bed = new TestBed(folder, MutableClock.at("2026-03-10T14:37:21", SEOUL));
        kim = bed.client("김민수");
        form = bed.logForm();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void start_fillsTheQuickestCase_nowPhoneCallOutbound() {
        form.start(kim);

        assertTrue(form.showingProperty().get());
        assertEquals(List.of(kim), form.participants());
        assertEquals(LocalDate.of(2026, 3, 10), form.dateProperty().get());
        assertEquals("14:37", form.timeProperty().get());
        assertEquals(Channel.PHONE_CALL, form.channelProperty().get());
        assertEquals(Direction.OUTBOUND, form.directionProperty().get());
        assertFalse(form.addFollowUpProperty().get());
        assertTrue(form.validProperty().get(), "a call can be logged without typing anything");
        assertEquals("Log interaction", form.titleProperty().get());
    }

    @Test
    void save_withDefaults_storesTheCallAtThatMinuteInTheUsersZone_andAnnouncesIt() {
        form.start(kim);
        form.subjectProperty().set("Tax documents");

        form.save();

        assertFalse(form.showingProperty().get());
        Interaction stored = bed.interactions.timeline(kim.id(), 0, 10).get(0);
        assertEquals(Instant.parse("2026-03-10T05:37:00Z"), stored.occurredAt());
        assertEquals("Tax documents", stored.subject());
        assertEquals(List.of(Set.of(kim.id())), bed.announced);
        assertEquals(Instant.parse("2026-03-10T05:37:00Z"), bed.clients.summary(kim.id()).orElseThrow().lastContact());
    }

    @Test
    void save_withAFollowUp_storesBothAndLinksThem() {
        form.start(kim);
        form.subjectProperty().set("Year-end settlement");
        form.satisfactionProperty().set(5);
        form.feedbackProperty().set("고맙습니다");
        form.addFollowUpProperty().set(true);
        form.followUp().titleProperty().set("Send the checklist");
        form.followUp().dueTimeProperty().set("9.30");
        form.followUp().priorityProperty().set(Priority.HIGH);

        form.save();

        Interaction stored = bed.interactions.timeline(kim.id(), 0, 10).get(0);
        assertEquals(5, stored.satisfaction());
        assertEquals("고맙습니다", stored.feedback());
        FollowUp followUp = bed.followUps.forClient(kim.id(), 0).get(0);
        assertEquals("Send the checklist", followUp.title());
        assertEquals(LocalDate.of(2026, 3, 11), followUp.dueDate(), "due tomorrow by default");
        assertEquals(LocalTime.of(9, 30), followUp.dueTime());
        assertEquals(Priority.HIGH, followUp.priority());
        assertEquals(stored.id(), followUp.interactionId());
    }

    @Test
    void badInput_isNamedWhereItIs_andNothingIsSaved() {
        form.start(kim);

        form.timeProperty().set("25:00");
        assertEquals("“25:00” is not a time of day: write it like 9:30 or 14:00.", form.whenErrorProperty().get());
        form.timeProperty().set("10:00");
        form.dateProperty().set(LocalDate.of(2026, 3, 11));
        assertTrue(form.whenErrorProperty().get().startsWith("An interaction is something that has happened"));
        form.dateProperty().set(LocalDate.of(2026, 3, 10));
        form.removeParticipant(kim);
        assertEquals("Choose at least one client.", form.participantsErrorProperty().get());
        form.addParticipant(kim);
        form.addFollowUpProperty().set(true);
        assertEquals("Say what needs doing.", form.followUp().titleErrorProperty().get());
        assertFalse(form.validProperty().get());

        form.save();

        assertTrue(form.showingProperty().get(), "the form stays open with what was typed");
        assertEquals(0, bed.interactions.countFor(kim.id()));
    }

    @Test
    void suggestions_findOtherClients_evenByInitialConsonants_butNotThoseAlreadyIn() {
        ClientRef park = bed.client("박지영");
        bed.client("Jane Doe");
        form.start(kim);

        assertEquals(List.of(park), form.suggestions("ㅂㅈ"));
        assertEquals(List.of(), form.suggestions("ㄱㅁㅅ"), "김민수 is already taking part");
        form.addParticipant(park);
        form.save();

        assertEquals(List.of(kim, park), bed.interactions.timeline(park.id(), 0, 1).get(0).participants());
    }

    @Test
    void edit_changesTheStoredInteraction_andAnnouncesOldAndNewParticipants() {
        ClientRef park = bed.client("박지영");
        Interaction stored = bed.interactions.create(Interaction.with(kim, Instant.parse("2026-03-09T01:00:00Z"),
                Channel.EMAIL, Direction.INBOUND, "typo"));

        form.edit(stored);
        assertEquals("Edit interaction", form.titleProperty().get());
        assertEquals("10:00", form.timeProperty().get(), "shown in Seoul time");
        form.subjectProperty().set("Invoice question");
        form.removeParticipant(kim);
        form.addParticipant(park);
        form.save();

        Interaction edited = bed.interactions.find(stored.id()).orElseThrow();
        assertEquals("Invoice question", edited.subject());
        assertEquals(1, edited.version());
        assertEquals(List.of(park), edited.participants());
        assertEquals(Instant.parse("2026-03-09T01:00:00Z"), edited.occurredAt());
        assertEquals(List.of(Set.of(kim.id(), park.id())), bed.announced);
        assertNull(bed.clients.summary(kim.id()).orElseThrow().lastContact());
    }

    @Test
    void start_withoutAClient_saysWhatToDo() {
        form.start(null);

        assertFalse(form.showingProperty().get());
        assertEquals(List.of("Select a client first, then log the interaction."), bed.dialogs.errors());
    }
}
