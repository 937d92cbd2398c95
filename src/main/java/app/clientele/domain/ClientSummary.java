package app.clientele.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A client as the list shows and searches it: light enough to hold a hundred thousand in memory.
 * {@code searchKey} is the normalised text that search matches against; {@code lastContact} is
 * when the latest interaction with the client happened, or null if there was none;
 * {@code referrals} counts the clients this one referred.
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
        Instant lastContact,
        ClientKind kind,
        int referrals,
        CustomValues customValues) {

    public ClientSummary {
        phones = List.copyOf(phones);
        tags = List.copyOf(tags);
        kind = Objects.requireNonNullElse(kind, ClientKind.PERSON);
        customValues = Objects.requireNonNullElse(customValues, CustomValues.NONE);
    }

    /**
     * The summary of a client as it was just saved; the last contact and the referrals are not part
     * of the client record.
     */
    public static ClientSummary of(Client client, Instant lastContact, int referrals) {
        return new ClientSummary(client.id(), client.displayName(), client.organisation(),
                client.primaryEmail().map(EmailAddress::address).orElse(null),
                client.phones().stream().map(PhoneNumber::number).toList(),
                client.tags(), client.relationship(), client.customerType(), client.archived(),
                SearchText.keyFor(client), lastContact, client.kind(), referrals, client.customValues());
    }

    public String firstPhone() {
        return phones.isEmpty() ? null : phones.get(0);
    }

    public boolean isOrganisation() {
        return kind == ClientKind.ORGANISATION;
    }

    public ClientRef ref() {
        return new ClientRef(id, displayName);
    }
}
