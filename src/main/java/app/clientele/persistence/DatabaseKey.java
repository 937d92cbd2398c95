package app.clientele.persistence;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key that unlocks an encrypted database file. It is derived from the user's password with
 * PBKDF2 (many iterations, a per-folder salt), so a stolen file resists guessing far better than
 * with H2's own light key stretching, and any password works, spaces included (H2 itself splits
 * its password at the first space).
 */
public final class DatabaseKey {
    private static final int KEY_BITS = 256;
    private final char[] hex;

    private DatabaseKey(char[] hex) {
        this.hex = hex;
    }

    static DatabaseKey derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return new DatabaseKey(hex);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The file password as H2's encryption tools take it. */
    char[] filePassword() {
        return hex.clone();
    }

    /** The connection password for an encrypted file: "filePassword userPassword" (ours is empty). */
    String connectionPassword() {
        return new String(hex) + " ";
    }
}
