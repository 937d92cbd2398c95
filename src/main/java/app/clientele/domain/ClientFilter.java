package app.clientele.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which clients to show: a search text plus optional criteria, all of which must match. A null
 * criterion means "any". It is the one filter model of the app: the Clients list applies it, saved
 * segments store it (everything but {@code clientIds}), and exports and mailing lists select with it.
 *
 * <p>Relative criteria (age band, last contact, keep-in-touch state) are judged on the user's
 * calendar day, so matching takes today's date and zone. {@code clientIds} restricts the list to a
 * fixed set of clients, such as those behind a bar of a dashboard chart; such a set is not a rule
 * and is never saved in a segment.
 */
public record ClientFilter(
        String text,
        String tag,
        Relationship relationship,
        Segment segment,
        CustomerType customerType,
        String region,
        AgeBand ageBand,
        String source,
        String accountOwner,
        ContactRecency lastContact,
        ScoreRange satisfaction,
        DateRange added,
        KeepInTouchState keepInTouch,
        RepeatBusiness repeat,
        NewsletterStatus newsletter,
        Set<Long> clientIds,
        FieldCondition field,
        boolean includeArchived) {

    public static final ClientFilter ALL_ACTIVE = builder().build();

    public ClientFilter {
        text = Strings.trimToEmpty(text);
        tag = Strings.blankToNull(tag);
        region = Strings.blankToNull(region);
        source = Strings.blankToNull(source);
        accountOwner = Strings.blankToNull(accountOwner);
        clientIds = clientIds == null ? null : Set.copyOf(clientIds);
    }

    /** The search box and the list's first filters: text, relationship, customer type and tag. */
    public ClientFilter(String text, Relationship relationship, CustomerType customerType, String tag,
                        boolean includeArchived) {
        this(text, tag, relationship, null, customerType, null, null, null, null, null, null, null, null, null,
                null, null, null, includeArchived);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Whether it can be kept as a segment: a fixed set of clients is not a rule, and a condition on the
     * firm's own fields (which can be renamed or removed) is not kept in segments.
     */
    public boolean isSavable() {
        return clientIds == null && field == null;
    }

    /** Whether anything at all narrows the list of active clients. */
    public boolean isEmpty() {
        return equals(new Builder().includeArchived(includeArchived).build());
    }

    /** A predicate judged on today's date in the user's zone, for filtering many clients. */
    public Predicate<ClientSummary> matcher(LocalDate today, ZoneId zone) {
        SearchText.Query query = SearchText.query(text);
        return client -> (includeArchived || !client.archived())
                && (clientIds == null || clientIds.contains(client.id()))
                && matches(relationship, client.relationship())
                && matches(segment, client.profile().segment())
                && matches(customerType, client.customerType())
                && (tag == null || client.tags().stream().anyMatch(tag::equalsIgnoreCase))
                && sameText(region, client.profile().region())
                && sameText(source, client.profile().source())
                && sameText(accountOwner, client.profile().accountOwner())
                && (ageBand == null || ageBand.contains(client.profile().birthYear(), today.getYear()))
                && (lastContact == null || lastContact.contains(daysSince(client, today, zone)))
                && (satisfaction == null || satisfaction.contains(client.activity().lastSatisfaction()))
                && (added == null || client.profile().addedAt() != null
                        && added.contains(client.profile().addedAt().atZone(zone).toLocalDate()))
                && (keepInTouch == null || keepInTouch == KeepInTouchState.of(client.contactStatus(), today, zone))
                && (repeat == null || repeat == RepeatBusiness.of(client.activity().engagements()))
                && (newsletter == null || newsletter == client.activity().newsletter())
                && (field == null || field.matches(client.customValues()))
                && (query.isBlank() || query.matches(client.searchKey()));
    }

    /** The same predicate on the clock's day and zone. */
    public Predicate<ClientSummary> matcher(Clock clock) {
        return matcher(LocalDate.now(clock), clock.getZone());
    }

    /** The same predicate on the computer's clock, for callers without one of their own. */
    public Predicate<ClientSummary> matcher() {
        return matcher(Clock.systemDefaultZone());
    }

    /** The ids of the clients that match, in the order given: what exports and mailing lists select. */
    public List<Long> matchingIds(Collection<ClientSummary> clients, Clock clock) {
        Predicate<ClientSummary> matches = matcher(clock);
        return clients.stream().filter(matches).map(ClientSummary::id).toList();
    }

    private static <T> boolean matches(T wanted, T actual) {
        return wanted == null || wanted == actual;
    }

    private static boolean sameText(String wanted, String actual) {
        return wanted == null || actual != null && wanted.equalsIgnoreCase(actual.strip());
    }

    private static Long daysSince(ClientSummary client, LocalDate today, ZoneId zone) {
        return client.lastContact() == null ? null
                : ChronoUnit.DAYS.between(client.lastContact().atZone(zone).toLocalDate(), today);
    }

    /** Builds a filter one criterion at a time; unset criteria match anything. */
    public static final class Builder {
        private String text;
        private String tag;
        private Relationship relationship;
        private Segment segment;
        private CustomerType customerType;
        private String region;
        private AgeBand ageBand;
        private String source;
        private String accountOwner;
        private ContactRecency lastContact;
        private ScoreRange satisfaction;
        private DateRange added;
        private KeepInTouchState keepInTouch;
        private RepeatBusiness repeat;
        private NewsletterStatus newsletter;
        private Set<Long> clientIds;
        private FieldCondition field;
        private boolean includeArchived;

        private Builder() {
        }

        private Builder(ClientFilter filter) {
            text = filter.text;
            tag = filter.tag;
            relationship = filter.relationship;
            segment = filter.segment;
            customerType = filter.customerType;
            region = filter.region;
            ageBand = filter.ageBand;
            source = filter.source;
            accountOwner = filter.accountOwner;
            lastContact = filter.lastContact;
            satisfaction = filter.satisfaction;
            added = filter.added;
            keepInTouch = filter.keepInTouch;
            repeat = filter.repeat;
            newsletter = filter.newsletter;
            clientIds = filter.clientIds;
            field = filter.field;
            includeArchived = filter.includeArchived;
        }

        public Builder text(String value) { text = value; return this; }
        public Builder tag(String value) { tag = value; return this; }
        public Builder relationship(Relationship value) { relationship = value; return this; }
        public Builder segment(Segment value) { segment = value; return this; }
        public Builder customerType(CustomerType value) { customerType = value; return this; }
        public Builder region(String value) { region = value; return this; }
        public Builder ageBand(AgeBand value) { ageBand = value; return this; }
        public Builder source(String value) { source = value; return this; }
        public Builder accountOwner(String value) { accountOwner = value; return this; }
        public Builder lastContact(ContactRecency value) { lastContact = value; return this; }
        public Builder satisfaction(ScoreRange value) { satisfaction = value; return this; }
        public Builder added(DateRange value) { added = value; return this; }
        public Builder keepInTouch(KeepInTouchState value) { keepInTouch = value; return this; }
        public Builder repeat(RepeatBusiness value) { repeat = value; return this; }
        public Builder newsletter(NewsletterStatus value) { newsletter = value; return this; }
        public Builder clientIds(Set<Long> value) { clientIds = value; return this; }
        public Builder field(FieldCondition value) { field = value; return this; }
        public Builder includeArchived(boolean value) { includeArchived = value; return this; }

        public ClientFilter build() {
            return new ClientFilter(text, tag, relationship, segment, customerType, region, ageBand, source,
                    accountOwner, lastContact, satisfaction, added, keepInTouch, repeat, newsletter, clientIds, field,
                    includeArchived);
        }
    }
}
