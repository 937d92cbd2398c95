package app.clientele.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a letter addresses a household, in the way its members' names are written: Korean names as
 * "김민수·이서연 님" (three or more: "김민수 님 댁"), Western names as "Mr and Mrs Doe", "John and
 * Jane Doe" or "John Doe and Jane Roe" (three or more: "The Doe family").
 */
public final class HouseholdNames {
    private HouseholdNames() {
    }

    public static String of(List<ClientName> members) {
        if (members.isEmpty()) {
            return "";
        }
        ClientName first = members.get(0);
        if (members.size() == 1) {
            return single(first);
        }
        if (members.stream().allMatch(ClientName::isKorean)) {
            return members.size() == 2
                    ? members.stream().map(ClientName::displayName).collect(Collectors.joining("·")) + " 님"
                    : first.displayName() + " 님 댁";
        }
        if (members.size() > 2) {
            return first.familyName() != null ? "The " + first.familyName() + " family"
                    : first.displayName() + " and family";
        }
        ClientName second = members.get(1);
        boolean sameFamily = first.familyName() != null && second.familyName() != null
                && first.familyName().equalsIgnoreCase(second.familyName()) && !first.isKorean() && !second.isKorean();
        if (!sameFamily) {
            return first.displayName() + " and " + second.displayName();
        }
        if (first.honorific() != null && second.honorific() != null) {
            return first.honorific() + " and " + second.honorific() + " " + first.familyName();
        }
        return given(first) + " and " + given(second) + " " + first.familyName();
    }

    /** One member alone: "김민수 님", "박민수 대표님", "Dr Doe", "Jane Doe". */
    private static String single(ClientName name) {
        if (name.isKorean() && name.honorific() == null) {
            return name.displayName() + " 님";
        }
        return name.withHonorific();
    }

    private static String given(ClientName name) {
        return Objects.requireNonNullElse(name.givenName(), name.displayName());
    }
}
