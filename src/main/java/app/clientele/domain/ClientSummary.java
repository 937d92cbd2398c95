package app.clientele.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A client as the list shows, searches and filters it: light enough to hold a hundred thousand in
 * memory. {@code searchKey} is the normalised text that search matches against; {@code profile}
 * holds the fields segments filter by, {@code activity} what the client's history says, and
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
        Profile profile,
        Activity activity,
        ClientKind kind,
        int referrals,
        CustomValues customValues) {

    public ClientSummary {
        phones = List.copyOf(phones);
        tags = List.copyOf(tags);
        activity = Objects.requireNonNullElse(activity, Activity.NONE);
        kind = Objects.requireNonNullElse(kind, ClientKind.PERSON);
        customValues = Objects.requireNonNullElse(customValues, CustomValues.NONE);
    }

    /** The client's segment, where they live, age, how they came and who looks after them, and when they were added. */
    public record Profile(Segment segment, String region, Integer birthYear, String source, String accountOwner,
                          Instant addedAt) {
        public static Profile of(Client client) {
            return new Profile(client.segment(), client.address().region(),
                    client.birthday() == null ? null : client.birthday().year(), client.source(),
                    client.accountOwner(), client.createdAt());
        }
    }

    /**
     * What the history says: the last contact (null if none), the last satisfaction score given (null
     * if none), the number of engagements, and the client's own contact cadence (null for the default).
     */
    public record Activity(Instant lastContact, Integer lastSatisfaction, int engagements, Integer ownCadenceDays,
                           NewsletterStatus newsletter) {
        public static final Activity NONE = new Activity(null, null, 0, null);

        public Activity {
            newsletter = Objects.requireNonNullElse(newsletter, NewsletterStatus.NOT_ASKED);
        }

        /** Activity of a client who never gave newsletter consent. */
        public Activity(Instant lastContact, Integer lastSatisfaction, int engagements, Integer ownCadenceDays) {
            this(lastContact, lastSatisfaction, engagements, ownCadenceDays, NewsletterStatus.NOT_ASKED);
        }
    }

    /** The summary of a client as it was just saved; its activity and referrals are not part of the client record. */
    public static ClientSummary of(Client client, Activity activity, int referrals) {
        return new ClientSummary(client.id(), client.displayName(), client.organisation(),
                client.primaryEmail().map(EmailAddress::address).orElse(null),
                client.phones().stream().map(PhoneNumber::number).toList(),
                client.tags(), client.relationship(), client.customerType(), client.archived(),
                SearchText.keyFor(client), Profile.of(client), activity, client.kind(), referrals,
                client.customValues());
    }

    public String firstPhone() {
        return phones.isEmpty() ? null : phones.get(0);
    }

    public Instant lastContact() {
        return activity.lastContact();
    }

    public boolean isOrganisation() {
        return kind == ClientKind.ORGANISATION;
    }

    public ClientRef ref() {
        return new ClientRef(id, displayName);
    }

    /** The client against their contact cadence, as Today and the dashboard judge it. */
    public ContactStatus contactStatus() {
        return new ContactStatus(ref(), relationship, activity.ownCadenceDays(), activity.lastContact(),
                profile.addedAt());
    }
}
