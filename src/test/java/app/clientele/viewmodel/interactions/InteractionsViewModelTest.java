package app.clientele.viewmodel.interactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientRef;
import app.clientele.domain.Direction;
import app.clientele.domain.Interaction;
import app.clientele.domain.InteractionQuery;
import app.clientele.testutil.MutableClock;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InteractionsViewModelTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path folder;
    private TestBed bed;
    private InteractionsViewModel list;

    @BeforeEach
    void open() {
        bed = new TestBed(folder, MutableClock.at("2026-03-31T12:00:00", SEOUL));
        ClientRef kim = bed.client("김민수");
        ClientRef jane = bed.client("Jane Doe");
        log(kim, "2026-03-01T00:30", Channel.PHONE_CALL, "early on the first");
        log(kim, "2026-03-15T10:00", Channel.EMAIL, "mid-month mail");
        log(jane, "2026-03-31T23:30", Channel.PHONE_CALL, "late on the last");
        log(jane, "2026-04-01T00:10", Channel.MEETING, "April already");
        list = new InteractionsViewModel(bed.interactions, bed.logForm(), bed.tasks, bed.dialogs, bed.texts, bed.dates,
                bed.changes);
        list.activate();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void dateRange_coversWholeDaysInTheUsersZone() {
        list.fromProperty().set(LocalDate.of(2026, 3, 1));
        list.toProperty().set(LocalDate.of(2026, 3, 31));

        assertEquals(List.of("late on the last", "mid-month mail", "early on the first"), subjects());
        assertEquals("3 interactions", list.countTextProperty().get());
        assertEquals("Phone call 2 · Email 1", list.channelCountsTextProperty().get());
    }

    @Test
    void channelClientAndText_narrowTheList_andClearingShowsAllAgain() {
        list.channelProperty().set(Channel.PHONE_CALL);
        assertEquals(List.of("late on the last", "early on the first"), subjects());
        list.clientTextProperty().set("jane");
        assertEquals(List.of("late on the last"), subjects());
        list.channelProperty().set(null);
        list.textProperty().set("APRIL");
        assertEquals(List.of("April already"), subjects());

        list.clearFilters();

        assertEquals(4, list.rows().size());
    }

    @Test
    void sortByAColumn_andBackToNewestFirst() {
        list.sort(InteractionQuery.Sort.SUBJECT, true);
        assertEquals(List.of("April already", "early on the first", "late on the last", "mid-month mail"), subjects());

        list.sort(null, true);
        assertEquals("April already", subjects().get(0));
    }

    @Test
    void aNewlyLoggedInteraction_appearsAtOnce() {
        LogInteractionViewModel form = bed.logForm();
        form.start(new ClientRef(bed.summaries().get(0).id(), "김민수"));
        form.subjectProperty().set("just now");
        form.save();

        assertTrue(subjects().contains("just now"));
        assertEquals("5 interactions", list.countTextProperty().get());
    }

    private void log(ClientRef client, String localTime, Channel channel, String subject) {
        bed.interactions.create(Interaction.with(client, LocalDateTime.parse(localTime).atZone(SEOUL).toInstant(),
                channel, Direction.OUTBOUND, subject));
    }

    private List<String> subjects() {
        return list.rows().stream().map(Interaction::subject).toList();
    }
}
