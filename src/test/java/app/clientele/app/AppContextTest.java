package app.clientele.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.domain.ClienteleException;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.Encryption;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.PasswordChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppContextTest {
    @TempDir
    Path folder;

    @Test
    void encryptedFolder_asksForThePasswordUntilItIsRight() {
        encryptWith("right one");
        Deque<String> answers = new ArrayDeque<>(List.of("wrong", "also wrong", "right one"));
        List<Boolean> asked = new ArrayList<>();

        try (AppContext context = open(again -> {
            asked.add(again);
            return answers.removeFirst().toCharArray();
        })) {
            assertEquals(1, context.clients().count());
            assertTrue(context.password().isEnabled());
        }
        assertEquals(List.of(false, true, true), asked);
    }

    @Test
    void encryptedFolder_withoutAPassword_isRefusedClearly() {
        encryptWith("secret");
        ClienteleException refused = assertThrows(ClienteleException.class, () -> open(again -> null));
        assertEquals("error.database.passwordNeeded", refused.messageKey());
    }

    @Test
    void encryptedFolder_missingItsEncryptionSettings_saysWhatToDo() throws Exception {
        encryptWith("secret");
        Files.delete(folder.resolve(Encryption.FILE_NAME));
        ClienteleException refused = assertThrows(ClienteleException.class, () -> open(again -> "secret".toCharArray()));
        assertEquals("error.database.noEncryptionSettings", refused.messageKey());
    }

    private void encryptWith(String password) {
        try (Database database = Database.open(folder)) {
            new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).create(Client.named("Ann"));
            new PasswordChange(database).change(password.toCharArray());
        }
    }

    private AppContext open(AppContext.PasswordPrompt prompt) {
        return AppContext.open(folder, Preferences.load(folder), new Texts(Locale.ENGLISH), Clock.systemUTC(), prompt);
    }
}
