package app.clientele.domain;

/**
 * A short fingerprint of the data colleagues change on a shared database: it differs whenever a
 * client, interaction, follow-up, household or field of the firm's own was added, changed or
 * removed. Reading it is cheap, so the window can look for others' changes every few seconds.
 */
@FunctionalInterface
public interface ChangeStamp {
    String read();
}
