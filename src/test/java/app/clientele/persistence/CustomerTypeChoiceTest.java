package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.CustomerType;
import app.clientele.domain.StaleDataException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who chose a client's customer type: the user (which sticks) or an accepted suggestion. */
class CustomerTypeChoiceTest {
    @TempDir
    Path folder;
    private Database database;
    private JdbiClientRepository clients;
    private JdbiInsightsRepository insights;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
        insights = new JdbiInsightsRepository(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewClient_hasTheDefaultType_unlessTheUserPickedAnother() {
        Client plain = clients.create(aClient().withName("Plain").build());
        Client picked = clients.create(aClient().withName("Picked").withCustomerType(CustomerType.LOYAL).build());

        assertFalse(chosenByUser(plain));
        assertTrue(chosenByUser(picked));
    }

    @Test
    void acceptingASuggestion_changesTheType_butLeavesItOpenToLaterSuggestions() {
        Client client = clients.create(aClient().build());

        Client accepted = clients.setCustomerType(client.id(), client.version(), CustomerType.UNHAPPY, false);

        assertEquals(CustomerType.UNHAPPY, accepted.customerType());
        assertEquals(client.version() + 1, accepted.version());
        assertFalse(chosenByUser(accepted));
        assertThrows(StaleDataException.class,
                () -> clients.setCustomerType(client.id(), client.version(), CustomerType.LOYAL, true));
    }

    @Test
    void changingTheTypeInTheForm_isTheUsersChoice_andSavingOtherFieldsKeepsWhoChose() {
        Client client = clients.setCustomerType(clients.create(aClient().build()).id(), 0, CustomerType.LOYAL, false);

        Client renamed = clients.update(withOrganisation(client, "Acme"));
        assertFalse(chosenByUser(renamed), "the type was not touched");

        Client retyped = clients.update(withType(renamed, CustomerType.IMPULSE));
        assertTrue(chosenByUser(retyped));
        assertTrue(chosenByUser(clients.update(withOrganisation(retyped, "Acme Holdings"))));
    }

    private boolean chosenByUser(Client client) {
        return insights.history(client.id(), Instant.now()).typeChosenByUser();
    }

    private static Client withOrganisation(Client c, String organisation) {
        return new Client(c.id(), c.version(), c.name(), organisation, c.jobTitle(), c.relationship(), c.segment(),
                c.internal(), c.customerType(), c.emails(), c.phones(), c.address(), c.birthday(), c.tags(), c.source(),
                c.accountOwner(), c.notes(), c.createdAt(), c.updatedAt(), c.archived(), c.kind(), c.customValues());
    }

    private static Client withType(Client c, CustomerType type) {
        return new Client(c.id(), c.version(), c.name(), c.organisation(), c.jobTitle(), c.relationship(), c.segment(),
                c.internal(), type, c.emails(), c.phones(), c.address(), c.birthday(), c.tags(), c.source(),
                c.accountOwner(), c.notes(), c.createdAt(), c.updatedAt(), c.archived(), c.kind(), c.customValues());
    }
}
