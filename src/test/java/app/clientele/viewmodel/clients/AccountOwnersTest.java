package app.clientele.viewmodel.clients;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiFirmUsers;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.text.Collation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account owner field suggests anyone in the firm, not only the user at the keyboard. */
class AccountOwnersTest {
    @TempDir
    Path folder;

    @Test
    void suggestions_nameEveryoneWhoWorkedOnTheDataAndEveryOwner() {
        try (Database database = Database.open(folder)) {
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            database.setActingUser("Anna Kim");
            clients.create(aClient().withName("Jane Doe").build());
            database.setActingUser("Ben Lee");
            clients.create(aClient().withName("John Roe").withAccountOwner("Carol Park").build());
            AccountOwners owners = new AccountOwners(new JdbiFirmUsers(database.jdbi()), new SameThreadTaskRunner(),
                    "Dana Cho", Collation.forLocale(Locale.ENGLISH));

            owners.load();

            assertEquals(List.of("Anna Kim", "Ben Lee", "Carol Park", "Dana Cho"), owners.suggestions(""));
            assertEquals(List.of("Anna Kim", "Dana Cho"), owners.suggestions("AN"));
            assertEquals(List.of(), owners.suggestions("ben lee"), "nothing to suggest for a name already typed");
        }
    }
}
