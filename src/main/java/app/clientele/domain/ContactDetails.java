package app.clientele.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What reminders, labels and mailing lists need of a client: name, postal address, birthday, the
 * primary email, the first phone, tags, segment and the last contact.
 */
public record ContactDetails(long id, ClientName name, PostalAddress address, Birthday birthday, String email,
                             String phone, List<String> tags, Segment segment, boolean archived,
                             Instant lastContact) {
    public ContactDetails {
        Objects.requireNonNull(name, "name");
        address = Objects.requireNonNullElse(address, PostalAddress.EMPTY);
        email = Strings.blankToNull(email);
        phone = Strings.blankToNull(phone);
        tags = List.copyOf(tags);
        segment = Objects.requireNonNullElse(segment, Segment.INDIVIDUAL);
    }

    public ClientRef ref() {
        return new ClientRef(id, name.displayName());
    }

    public String displayName() {
        return name.displayName();
    }
}
