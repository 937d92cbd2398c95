package app.clientele.domain;

import java.time.Instant;
import java.util.List;

/**
 * A client as the list shows and searches it: light enough to hold a hundred thousand in memory.
 * {@code searchKey} is the normalised text that search matches against; {@code lastContact} is
 * when the latest interaction with the client happened, or null if there was none.
 */
public record ClientSummary(
        long id,
        String displayName,
        String organisation,
        String primaryEmail,
        List<String> phones,
        List<String> tags,
        Relationship relationship,
        CustomerType customerType,
        boolean archived,
        String searchKey,
        Instant lastContact) {

    public ClientSummary {
        phones = List.copyOf(phones);
        tags = List.copyOf(tags);
    }

    /** The summary of a client as it was just saved; the last contact is not part of the client. */
    public static ClientSummary of(Client client, Instant lastContact) {
        return new ClientSummary(client.id(), client.displayName(), client.organisation(),
                client.primaryEmail().map(EmailAddress::address).orElse(null),
                client.phones().stream().map(PhoneNumber::number).toList(),
                client.tags(), client.relationship(), client.customerType(), client.archived(),
                SearchText.keyFor(client), lastContact);
    }

    public String firstPhone() {
        return phones.isEmpty() ? null : phones.get(0);
    }
}
