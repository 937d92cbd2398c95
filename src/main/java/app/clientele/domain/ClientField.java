package app.clientele.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The parts of a client a user edits, for saying which of them differ between two versions (when
 * someone else saved the client meanwhile). Who saved it, when, and the version are not among them.
 */
public enum ClientField {
    KIND(Client::kind),
    NAME(Client::name),
    ORGANISATION(Client::organisation),
    JOB_TITLE(Client::jobTitle),
    RELATIONSHIP(Client::relationship),
    SEGMENT(Client::segment),
    INTERNAL(Client::internal),
    CUSTOMER_TYPE(Client::customerType),
    EMAILS(Client::emails),
    PHONES(Client::phones),
    ADDRESS(Client::address),
    BIRTHDAY(Client::birthday),
    TAGS(Client::tags),
    SOURCE(Client::source),
    ACCOUNT_OWNER(Client::accountOwner),
    NOTES(Client::notes),
    ARCHIVED(Client::archived),
    CUSTOM_VALUES(Client::customValues);

    private final Function<Client, Object> value;

    ClientField(Function<Client, Object> value) {
        this.value = value;
    }

    /** The fields whose values differ between two versions of a client, in form order. */
    public static List<ClientField> differences(Client one, Client other) {
        List<ClientField> different = new ArrayList<>();
        for (ClientField field : values()) {
            if (!Objects.equals(field.value.apply(one), field.value.apply(other))) {
                different.add(field);
            }
        }
        return different;
    }

    /** The ids of the firm's own fields whose values differ between two versions of a client. */
    public static Set<Long> customFieldDifferences(Client one, Client other) {
        Set<Long> ids = new HashSet<>(one.customValues().byField().keySet());
        ids.addAll(other.customValues().byField().keySet());
        ids.removeIf(id -> Objects.equals(one.customValues().byField().get(id), other.customValues().byField().get(id)));
        return ids;
    }
}
