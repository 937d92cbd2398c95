package app.clientele.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The history figures kept on each client's row (migration V007), so lists and the dashboard read
 * them instead of going over every interaction: the number of {@link Engagements}, the last contact,
 * and the last satisfaction score with when it was given.
 */
public record HistoryFigures(int engagements, Instant lastContact, Integer lastScore, Instant lastScoredAt) {
    /** A client without history. */
    public static final HistoryFigures NONE = new HistoryFigures(0, null, null, null);

    /** One contact with a client: when, and the score given then, if any. */
    public record Contact(Instant at, Integer score) {
    }

    /** @param contacts one client's whole history, oldest first */
    public static HistoryFigures of(List<Contact> contacts) {
        if (contacts.isEmpty()) {
            return NONE;
        }
        Contact lastScored = null;
        for (Contact contact : contacts) {
            if (contact.score() != null) {
                lastScored = contact;
            }
        }
        return new HistoryFigures(Engagements.of(contacts.stream().map(Contact::at).toList()).size(),
                contacts.get(contacts.size() - 1).at(), lastScored == null ? null : lastScored.score(),
                lastScored == null ? null : lastScored.at());
    }

    /**
     * The figures of every client taking part in {@code history}, which must be their whole history.
     * Contacts at the same moment count in the order of the list, as interactions written in that
     * order are numbered.
     */
    public static Map<Long, HistoryFigures> byClient(List<Interaction> history) {
        record Numbered(Contact contact, int number) {
        }
        Map<Long, List<Numbered>> contacts = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            Interaction interaction = history.get(i);
            Numbered contact = new Numbered(new Contact(interaction.occurredAt(), interaction.satisfaction()), i);
            interaction.participants().forEach(client ->
                    contacts.computeIfAbsent(client.id(), id -> new ArrayList<>()).add(contact));
        }
        Map<Long, HistoryFigures> figures = new HashMap<>(contacts.size() * 2);
        contacts.forEach((clientId, numbered) -> {
            numbered.sort(Comparator.comparing((Numbered contact) -> contact.contact().at())
                    .thenComparingInt(Numbered::number));
            figures.put(clientId, of(numbered.stream().map(Numbered::contact).toList()));
        });
        return figures;
    }
}
