package app.clientele.domain;

import java.util.List;

/**
 * The clients due to be contacted by their cadence: how many there are, and those longest without
 * contact, most overdue first. A large practice can have tens of thousands; a page lists the first.
 */
public record DueToContact(int count, List<ContactStatus> longestWithoutContact) {

    public static final DueToContact NONE = new DueToContact(0, List.of());

    public DueToContact {
        longestWithoutContact = List.copyOf(longestWithoutContact);
    }
}
