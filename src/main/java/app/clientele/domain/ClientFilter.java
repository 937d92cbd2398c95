package app.clientele.domain;

import java.util.function.Predicate;

/**
 * What the Clients list shows: a search text plus optional filters. A null filter value means
 * "any". The same filter serves the window, exports and the command line.
 */
public record ClientFilter(String text, Relationship relationship, CustomerType customerType, String tag,
                           boolean includeArchived, FieldCondition field) {
    public static final ClientFilter ALL_ACTIVE = new ClientFilter("", null, null, null, false);

    public ClientFilter {
        text = Strings.trimToEmpty(text);
        tag = Strings.blankToNull(tag);
    }

    /** A filter without a condition on the firm's own fields. */
    public ClientFilter(String text, Relationship relationship, CustomerType customerType, String tag,
                        boolean includeArchived) {
        this(text, relationship, customerType, tag, includeArchived, null);
    }

    /** A predicate with the query parsed once, for filtering many clients. */
    public Predicate<ClientSummary> matcher() {
        SearchText.Query query = SearchText.query(text);
        return client -> (includeArchived || !client.archived())
                && (relationship == null || client.relationship() == relationship)
                && (customerType == null || client.customerType() == customerType)
                && (tag == null || client.tags().stream().anyMatch(tag::equalsIgnoreCase))
                && (field == null || field.matches(client.customValues()))
                && (query.isBlank() || query.matches(client.searchKey()));
    }
}
