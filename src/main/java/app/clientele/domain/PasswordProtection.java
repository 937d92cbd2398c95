package app.clientele.domain;

/** The password that encrypts the database file at rest. */
public interface PasswordProtection {

    boolean isEnabled();

    /** Encrypts the database with a new password, or removes the encryption when it is null. */
    void change(char[] newPassword);
}
