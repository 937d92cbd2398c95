package app.clientele.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Turns a list of recipients (for cards, letters, address labels) into the letters to send: members
 * of one household who are on the list together get one letter, addressed to the household and
 * sent to the address of the member who comes first in it. Anyone else gets their own letter.
 */
public final class HouseholdMailing {
    private HouseholdMailing() {
    }

    /**
     * One letter: the name it is addressed to, the recipient whose postal address it goes to, and
     * every recipient it stands for.
     */
    public record Letter<T>(String addressedTo, T addressOf, List<T> recipients) {
        public Letter {
            recipients = List.copyOf(recipients);
        }
    }

    /**
     * The letters for these recipients, in the order of the first recipient of each.
     *
     * @param idOf         a recipient's client id
     * @param nameOf       how a recipient alone is addressed
     * @param households   every household by member's client id ({@link HouseholdRepository#byClient()})
     */
    public static <T> List<Letter<T>> letters(List<T> recipients, ToLongFunction<T> idOf, Function<T, String> nameOf,
                                              Map<Long, Household> households) {
        Map<Object, List<T>> groups = new LinkedHashMap<>();
        for (T recipient : recipients) {
            Household household = households.get(idOf.applyAsLong(recipient));
            Object key = household == null ? new Object() : household.id();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(recipient);
        }
        List<Letter<T>> letters = new ArrayList<>();
        for (List<T> group : groups.values()) {
            T first = group.get(0);
            if (group.size() == 1) {
                letters.add(new Letter<>(nameOf.apply(first), first, group));
                continue;
            }
            Household household = households.get(idOf.applyAsLong(first));
            List<Long> order = household.members().stream().map(Household.Member::clientId).toList();
            T addressOf = group.stream().min(Comparator.comparingInt(r -> order.indexOf(idOf.applyAsLong(r))))
                    .orElse(first);
            letters.add(new Letter<>(household.addressedAs(), addressOf, group));
        }
        return letters;
    }
}
