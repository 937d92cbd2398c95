package app.clientele.exchange;

import app.clientele.domain.Client;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomValues;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.PhoneNumber;
import app.clientele.text.Phones;
import app.clientele.domain.Strings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Combines two versions of one client: an imported contact into a stored client, or two duplicates into one. */
public final class ClientMerge {
    /** The fields a user chooses between when merging two clients; emails, phones and tags are always united. */
    public enum Field {
        NAME, HONORIFIC, NICKNAME, ORGANISATION, JOB_TITLE, RELATIONSHIP, SEGMENT, INTERNAL, CUSTOMER_TYPE,
        ADDRESS, BIRTHDAY, SOURCE, ACCOUNT_OWNER, KIND
    }

    private ClientMerge() {
    }

    /**
     * The stored client updated with an imported contact: the contact's values replace the stored
     * ones where it has any (all of them when it is a full record from Clientele's own layout), and
     * its emails, phones and tags are added to the stored ones. Its values of the firm's own fields
     * replace the stored ones; a field it leaves empty keeps its stored value. Importing the same
     * contact again changes nothing.
     */
    public static Client update(Client stored, Client imported, boolean fullRecord) {
        ClientName name = imported.name();
        ClientName storedName = stored.name();
        ClientName merged = new ClientName(
                fullRecord || !isStandInName(imported) ? name.displayName() : storedName.displayName(),
                either(name.familyName(), storedName.familyName(), fullRecord),
                either(name.givenName(), storedName.givenName(), fullRecord),
                fullRecord ? name.order() : storedName.order(),
                either(name.honorific(), storedName.honorific(), fullRecord),
                either(name.nickname(), storedName.nickname(), fullRecord));
        return new Client(stored.id(), stored.version(), merged,
                either(imported.organisation(), stored.organisation(), fullRecord),
                either(imported.jobTitle(), stored.jobTitle(), fullRecord),
                fullRecord ? imported.relationship() : stored.relationship(),
                fullRecord ? imported.segment() : stored.segment(),
                fullRecord ? imported.internal() : stored.internal(),
                fullRecord ? imported.customerType() : stored.customerType(),
                union(stored.emails(), imported.emails(), EmailAddress::matchKey),
                union(stored.phones(), imported.phones(), phone -> Phones.matchKey(phone.number())),
                imported.address().isEmpty() && !fullRecord ? stored.address() : imported.address(),
                imported.birthday() == null && !fullRecord ? stored.birthday() : imported.birthday(),
                unionTags(stored.tags(), imported.tags()),
                either(imported.source(), stored.source(), fullRecord),
                either(imported.accountOwner(), stored.accountOwner(), fullRecord),
                either(imported.notes(), stored.notes(), fullRecord),
                stored.createdAt(), stored.updatedAt(), fullRecord ? imported.archived() : stored.archived(),
                fullRecord ? imported.kind() : stored.kind(),
                CustomValues.union(imported.customValues(), stored.customValues()), stored.createdBy(),
                stored.updatedBy());
    }

    /**
     * Two duplicates as one client: the kept client's id and version, the chosen side's value for
     * each field in {@code fromOther}, the kept client's value elsewhere, both notes, and every
     * email, phone and tag of both. Of the firm's own fields, the kept client's values stay and the
     * other's fill the fields it leaves empty. It is active when either was.
     */
    public static Client merge(Client kept, Client other, Set<Field> fromOther) {
        ClientName keptName = kept.name();
        ClientName name = fromOther.contains(Field.NAME) ? other.name() : keptName;
        ClientName otherName = other.name();
        name = new ClientName(name.displayName(), name.familyName(), name.givenName(), name.order(),
                pick(Field.HONORIFIC, fromOther, keptName.honorific(), otherName.honorific()),
                pick(Field.NICKNAME, fromOther, keptName.nickname(), otherName.nickname()));
        return new Client(kept.id(), kept.version(), name,
                pick(Field.ORGANISATION, fromOther, kept.organisation(), other.organisation()),
                pick(Field.JOB_TITLE, fromOther, kept.jobTitle(), other.jobTitle()),
                pick(Field.RELATIONSHIP, fromOther, kept.relationship(), other.relationship()),
                pick(Field.SEGMENT, fromOther, kept.segment(), other.segment()),
                pick(Field.INTERNAL, fromOther, kept.internal(), other.internal()),
                pick(Field.CUSTOMER_TYPE, fromOther, kept.customerType(), other.customerType()),
                union(kept.emails(), other.emails(), EmailAddress::matchKey),
                union(kept.phones(), other.phones(), phone -> Phones.matchKey(phone.number())),
                pick(Field.ADDRESS, fromOther, kept.address(), other.address()),
                pick(Field.BIRTHDAY, fromOther, kept.birthday(), other.birthday()),
                unionTags(kept.tags(), other.tags()),
                pick(Field.SOURCE, fromOther, kept.source(), other.source()),
                pick(Field.ACCOUNT_OWNER, fromOther, kept.accountOwner(), other.accountOwner()),
                bothNotes(kept.notes(), other.notes()),
                kept.createdAt(), kept.updatedAt(), kept.archived() && other.archived(),
                pick(Field.KIND, fromOther, kept.kind(), other.kind()),
                CustomValues.union(kept.customValues(), other.customValues()), kept.createdBy(), kept.updatedBy());
    }

    /**
     * The fields to take from the other client by default: those the kept client leaves empty
     * and the other has.
     */
    public static Set<Field> defaultChoices(Client kept, Client other) {
        Set<Field> fromOther = java.util.EnumSet.noneOf(Field.class);
        addIfOnlyOther(fromOther, Field.HONORIFIC, kept.name().honorific(), other.name().honorific());
        addIfOnlyOther(fromOther, Field.NICKNAME, kept.name().nickname(), other.name().nickname());
        addIfOnlyOther(fromOther, Field.ORGANISATION, kept.organisation(), other.organisation());
        addIfOnlyOther(fromOther, Field.JOB_TITLE, kept.jobTitle(), other.jobTitle());
        addIfOnlyOther(fromOther, Field.SOURCE, kept.source(), other.source());
        addIfOnlyOther(fromOther, Field.ACCOUNT_OWNER, kept.accountOwner(), other.accountOwner());
        if (kept.address().isEmpty() && !other.address().isEmpty()) {
            fromOther.add(Field.ADDRESS);
        }
        if (kept.birthday() == null && other.birthday() != null) {
            fromOther.add(Field.BIRTHDAY);
        }
        return fromOther;
    }

    private static void addIfOnlyOther(Set<Field> fields, Field field, String kept, String other) {
        if (Strings.isBlank(kept) && !Strings.isBlank(other)) {
            fields.add(field);
        }
    }

    /** A contact without a name of its own is named by its organisation, email or phone on import. */
    private static boolean isStandInName(Client imported) {
        String name = imported.displayName();
        return imported.name().familyName() == null && imported.name().givenName() == null
                && (name.equals(imported.organisation())
                        || imported.emails().stream().anyMatch(email -> email.address().equals(name))
                        || imported.phones().stream().anyMatch(phone -> phone.number().equals(name)));
    }

    private static <T> T pick(Field field, Set<Field> fromOther, T kept, T other) {
        return fromOther.contains(field) ? other : kept;
    }

    private static String either(String imported, String stored, boolean fullRecord) {
        return fullRecord || imported != null ? imported : stored;
    }

    private static String bothNotes(String kept, String other) {
        if (Strings.isBlank(other) || Objects.equals(kept, other)) {
            return kept;
        }
        return Strings.isBlank(kept) ? other : kept + "\n\n" + other;
    }

    /** The first list, then the values of the second that it does not have yet (by match key). */
    static <T> List<T> union(List<T> first, List<T> second, Function<T, String> key) {
        List<T> all = new ArrayList<>(first);
        for (T value : second) {
            if (all.stream().noneMatch(existing -> key.apply(existing).equals(key.apply(value)))) {
                all.add(value);
            }
        }
        return all;
    }

    private static List<String> unionTags(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
