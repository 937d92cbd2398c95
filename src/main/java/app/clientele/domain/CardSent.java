package app.clientele.domain;

import java.time.Instant;

/**
 * A birthday card marked sent for a client's birthday in a year (the lunar year for a lunar
 * birthday), with the interaction that logged it.
 */
public record CardSent(long clientId, int year, Instant sentAt, Long interactionId) {
}
