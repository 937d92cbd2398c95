package app.clientele.domain;

import java.util.List;

/**
 * People who get one letter together (a family, a couple). The first member is the main contact:
 * the household's letters go to their postal address. {@code name}, when set, is how letters
 * address the household instead of the name composed from its members.
 */
public record Household(Long id, int version, String name, List<Member> members) {
    public static final int MAX_NAME_LENGTH = 200;

    public Household {
        name = Strings.blankToNull(name);
        if (name != null && name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("household name too long");
        }
        members = List.copyOf(members);
    }

    /** A member as letters need them: their name and postal address. */
    public record Member(long clientId, ClientName name, PostalAddress address) {
        public ClientRef ref() {
            return new ClientRef(clientId, name.displayName());
        }
    }

    /** "김민수·이서연 님", "Mr and Mrs Doe", or the name the user gave the household. */
    public String addressedAs() {
        return name != null ? name : HouseholdNames.of(members.stream().map(Member::name).toList());
    }

    /** The name composed from the members, used when the household has no name of its own. */
    public String composedName() {
        return HouseholdNames.of(members.stream().map(Member::name).toList());
    }

    /** The main contact's postal address: where the household's letters go. */
    public PostalAddress address() {
        return members.isEmpty() ? PostalAddress.EMPTY : members.get(0).address();
    }

    public boolean isMain(long clientId) {
        return !members.isEmpty() && members.get(0).clientId() == clientId;
    }
}
