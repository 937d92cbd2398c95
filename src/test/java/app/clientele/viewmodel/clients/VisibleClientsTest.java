package app.clientele.viewmodel.clients;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import app.clientele.domain.Client;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.Relationship;
import app.clientele.i18n.Texts;
import app.clientele.testutil.ClientBuilder;
import app.clientele.viewmodel.Dates;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class VisibleClientsTest {
    private final ObservableList<ClientSummary> all = FXCollections.observableArrayList();
    private final VisibleClients visible = new VisibleClients(all,
            new Dates(Clock.systemDefaultZone(), new Texts(Locale.ENGLISH)));
    private long nextId = 1;

    @Test
    void search_showsTheMatchingClientsInTheListsOrder() {
        all.setAll(row(aClient().withName("Kim Minsu")), row(aClient().withName("Park Jisoo")),
                row(aClient().withName("Kim Jane")), row(aClient().withName("Old Kim").archived()));

        visible.show(ClientFilter.builder().text("kim").build());

        assertEquals(List.of("Kim Minsu", "Kim Jane"), names());
    }

    @Test
    void otherCriteria_andText_mustAllMatch() {
        all.setAll(row(aClient().withName("Kim Minsu").withRelationship(Relationship.CUSTOMER)),
                row(aClient().withName("Kim Jane")), row(aClient().withName("Park Jisoo")));

        visible.show(ClientFilter.builder().relationship(Relationship.CUSTOMER).build());
        assertEquals(List.of("Kim Minsu"), names());
        visible.show(ClientFilter.builder().relationship(Relationship.CUSTOMER).text("park").build());
        assertEquals(List.of(), names());
        visible.show(ClientFilter.builder().text("ki").build());
        assertEquals(List.of("Kim Minsu", "Kim Jane"), names());
    }

    @Test
    void aClientReplacedInPlace_isReplacedOrLeavesWhenItNoLongerMatches() {
        all.setAll(row(aClient().withName("Kim Minsu")), row(aClient().withName("Kim Jane")));
        visible.show(ClientFilter.builder().text("kim").build());

        ClientSummary renamed = rename(all.get(0), "Kim Minsoo");
        all.set(0, renamed);
        assertSame(renamed, visible.list().get(0));

        all.set(1, rename(all.get(1), "Jane Park"));
        assertEquals(List.of("Kim Minsoo"), names());
    }

    @Test
    void aClientThatComesToMatch_isShownInItsPlace() {
        all.setAll(row(aClient().withName("Kim Minsu")), row(aClient().withName("Park Jisoo")),
                row(aClient().withName("Kim Jane")));
        visible.show(ClientFilter.builder().text("kim").build());

        all.set(1, rename(all.get(1), "Kim Jisoo"));

        assertEquals(List.of("Kim Minsu", "Kim Jisoo", "Kim Jane"), names());
    }

    @Test
    void newAndSortedClients_areSearchedAgain() {
        all.setAll(row(aClient().withName("Kim Minsu")));
        visible.show(ClientFilter.builder().text("kim").build());

        all.add(0, row(aClient().withName("Kim Jane")));
        assertEquals(List.of("Kim Jane", "Kim Minsu"), names());
        all.sort((a, b) -> b.displayName().compareTo(a.displayName()));
        assertEquals(List.of("Kim Minsu", "Kim Jane"), names());
    }

    private ClientSummary row(ClientBuilder client) {
        Instant now = Instant.now();
        return ClientSummary.of(client.build().withId(nextId++, 1, now, now), ClientSummary.Activity.NONE, 0);
    }

    private static ClientSummary rename(ClientSummary summary, String name) {
        Client client = aClient().withName(name).build().withId(summary.id(), 2, Instant.now(), Instant.now());
        return ClientSummary.of(client, ClientSummary.Activity.NONE, 0);
    }

    private List<String> names() {
        return visible.list().stream().map(ClientSummary::displayName).toList();
    }
}
