package app.clientele.viewmodel.interactions;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.domain.ClientRef;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.domain.Interaction;
import app.clientele.domain.MemberRole;
import app.clientele.testutil.MutableClock;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interaction with an organisation names the people who were there; Today lists the firm's dates coming up. */
class PeopleAndDatesTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path folder;
    private TestBed bed;

    @BeforeEach
    void open() {
        bed = new TestBed(folder, MutableClock.at("2027-02-02T08:30:00", SEOUL));
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void loggingWithAnOrganisation_offersItsPeople_andTheInteractionIsInEachTimeline() {
        ClientRef acme = new ClientRef(bed.clients.create(aClient().withName("Acme Ltd").organisation().build()).id(),
                "Acme Ltd");
        ClientRef kim = bed.client("김민수");
        ClientRef lee = bed.client("이서연");
        bed.connections.link(acme.id(), kim.id(), MemberRole.OWNER);
        bed.connections.link(acme.id(), lee.id(), MemberRole.EMPLOYEE);
        LogInteractionViewModel form = bed.logForm();

        form.start(acme);
        assertEquals(List.of(kim, lee), form.offered());
        form.addParticipant(form.offered().get(1));
        assertEquals(List.of(kim), form.offered(), "who takes part is no longer offered");
        form.subjectProperty().set("Annual review");
        form.save();

        for (ClientRef client : List.of(acme, lee)) {
            List<Interaction> timeline = bed.interactions.timeline(client.id(), 0, 10);
            assertEquals(List.of("Annual review"), timeline.stream().map(Interaction::subject).toList(), client.displayName());
        }
        assertEquals(0, bed.interactions.countFor(kim.id()));
        assertEquals(List.of(Set.of(acme.id(), lee.id())), bed.announced);
    }

    @Test
    void today_listsTheFirmsDatesComingWithinTheirReminderPeriod_inTheUsersZone() {
        CustomField renewal = bed.customFields.create(CustomField.newField("Policy renewal", CustomFieldType.DATE, null, 30));
        bed.clients.create(aClient().withName("Kim").withCustom(renewal, "2027-02-02").build());
        bed.clients.create(aClient().withName("Lee").withCustom(renewal, "2027-03-04").build());
        bed.clients.create(aClient().withName("Park").withCustom(renewal, "2027-03-05").build());
        TodayViewModel today = new TodayViewModel(bed.followUps, bed.keepInTouch, bed.customFields, bed.actions(),
                bed.logForm(), bed.tasks, bed.dialogs, bed.texts, bed.dates, bed.changes);

        today.load();

        List<TodayItem> dates = today.items().stream().filter(item -> item instanceof TodayItem.DateComing
                || item instanceof TodayItem.Heading heading && heading.text().startsWith("Dates")).toList();
        assertEquals(3, dates.size());
        assertEquals(new TodayItem.Heading("Dates coming up (2)"), dates.get(0));
        assertEquals("Policy renewal · today (Feb 2, 2027)",
                today.describe(((TodayItem.DateComing) dates.get(1)).reminder()), "23:30 on 1 February in UTC is already 2 February in Seoul");
        assertEquals("Policy renewal · in 30 days (Mar 4, 2027)",
                today.describe(((TodayItem.DateComing) dates.get(2)).reminder()));
        assertEquals(2, today.datesComingCountProperty().get());
    }
}
