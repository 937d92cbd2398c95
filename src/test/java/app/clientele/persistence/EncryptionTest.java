package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    @TempDir
    Path folder;

    @Test
    void setPassword_encryptsTheFileAndOnlyThatPasswordOpensIt() throws IOException {
        long id;
        try (Database database = Database.open(folder)) {
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            id = clients.create(aKoreanClient().build()).id();
            new PasswordChange(database).change(PASSWORD.clone());

            assertTrue(database.isEncrypted());
            assertEquals("박민수", clients.find(id).orElseThrow().displayName(), "the open database keeps working");
        }

        assertTrue(Encryption.isEncrypted(folder));
        assertFalse(fileContains("minsu.park"), "no client data readable in the file");
        Encryption settings = Encryption.of(folder).orElseThrow();
        assertThrows(WrongPasswordException.class, () -> Database.open(folder, settings.key("wrong".toCharArray())));
        try (Database database = Database.open(folder, settings.key(PASSWORD.clone()))) {
            assertEquals("박민수", new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).find(id).orElseThrow()
                    .displayName());
        }
        assertEquals(List.of("clientele.mv.db", "encryption.properties"), folderContents(), "no plain copy left behind");
    }

    @Test
    void changingAndRemovingThePassword_reencryptsInPlace() {
        try (Database database = Database.open(folder)) {
            new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).create(Client.named("Kept"));
            PasswordChange password = new PasswordChange(database);
            password.change(PASSWORD.clone());
            password.change("new one".toCharArray());
        }
        Encryption settings = Encryption.of(folder).orElseThrow();
        assertThrows(WrongPasswordException.class, () -> Database.open(folder, settings.key(PASSWORD.clone())));
        try (Database database = Database.open(folder, settings.key("new one".toCharArray()))) {
            new PasswordChange(database).change(null);
            assertFalse(database.isEncrypted());
        }
        assertFalse(Encryption.isEncrypted(folder));
        try (Database database = Database.open(folder)) {
            assertEquals(1, new JdbiClientRepository(database.jdbi(), Clock.systemUTC()).count());
        }
    }

    @Test
    void workFolderLeftByACrash_isRemovedAtTheNextOpen() throws IOException {
        Path leftover = Files.createDirectory(folder.resolve(TemporaryFolder.PREFIX + "123"));
        Files.writeString(leftover.resolve("clientele.mv.db"), "a plain copy");

        Database.open(folder).close();

        assertFalse(Files.exists(leftover));
    }

    private boolean fileContains(String text) throws IOException {
        String content = new String(Files.readAllBytes(Database.fileFor(folder)), StandardCharsets.ISO_8859_1);
        return content.contains(text);
    }

    private List<String> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
