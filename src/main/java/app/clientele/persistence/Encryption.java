package app.clientele.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * How a data folder's password becomes the key of its encrypted database: the salt and the number
 * of iterations, kept in {@code encryption.properties} beside the database. It holds no secret.
 * Whether the file is encrypted is read from the file itself ({@link #isEncrypted}). The salt
 * stays when encryption is switched off and on again, so older encrypted backups still open with
 * their password; backups carry a copy of this file.
 */
public record Encryption(byte[] salt, int iterations) {
    private static final byte[] ENCRYPTED_FILE_MAGIC = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    public static final String FILE_NAME = "encryption.properties";
    static final int ITERATIONS = 210_000;

    /** New settings with a fresh random salt, for a folder being encrypted for the first time. */
    public static Encryption fresh() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new Encryption(salt, ITERATIONS);
    }

    /** Whether the database file in the folder is encrypted: H2 starts such files with a marker. */
    public static boolean isEncrypted(Path dataFolder) {
        Path file = Database.fileFor(dataFolder);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return startsEncrypted(in);
        } catch (IOException e) {
            throw new DatabaseOpenException(e, dataFolder);
        }
    }

    /** Whether a database file's bytes (read from their start) are encrypted. */
    static boolean startsEncrypted(InputStream databaseFile) throws IOException {
        return Arrays.equals(databaseFile.readNBytes(ENCRYPTED_FILE_MAGIC.length), ENCRYPTED_FILE_MAGIC);
    }

    public static Optional<Encryption> of(Path dataFolder) {
        Path file = dataFolder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(read(in));
        } catch (IOException | RuntimeException unreadable) {
            throw new DatabaseOpenException(unreadable, dataFolder);
        }
    }

    static Encryption read(InputStream settings) throws IOException {
        Properties values = new Properties();
        try (Reader reader = new InputStreamReader(settings, StandardCharsets.UTF_8)) {
            values.load(reader);
        }
        return new Encryption(Base64.getDecoder().decode(values.getProperty("salt")),
                Integer.parseInt(values.getProperty("iterations")));
    }

    public DatabaseKey key(char[] password) {
        return DatabaseKey.derive(password, salt, iterations);
    }

    /** Writes the settings (to a temporary file first, then moved in place in one step). */
    void writeTo(Path dataFolder) {
        Properties values = new Properties();
        values.setProperty("cipher", "AES");
        values.setProperty("kdf", "PBKDF2WithHmacSHA256");
        values.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        values.setProperty("iterations", Integer.toString(iterations));
        Path target = dataFolder.resolve(FILE_NAME);
        Path temporary = dataFolder.resolve(FILE_NAME + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(writer, "Clientele database encryption: no secret is kept here");
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
