package app.clientele.exchange;

import app.clientele.domain.ExchangeRepository.ClientKeys;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds pairs of clients that may be the same person: they share a normalised email or phone, or
 * their names are the same or nearly so. Names are compared letter by letter after decomposing
 * Hangul syllables into their jamo (김민수 → ㄱㅣㅁㅁㅣㄴㅅㅜ), so a one-letter slip in a Korean name
 * counts as small as in a Western one. Names are compared with their neighbours in sorted order
 * only, so 100,000 clients take a moment, not hours.
 */
public final class DuplicateFinder {
    /** How many neighbours in name order each name is compared with. */
    private static final int WINDOW = 8;
    /** An email or phone shared by more clients than this is a switchboard, not a duplicate. */
    private static final int MAX_GROUP = 12;
    /** High enough that "John Kim" and "John Lim", or 김민수 and 김민주, are not paired: short names differ by one letter. */
    private static final double SIMILAR = 0.96;
    private static final Pattern NOT_LETTERS = Pattern.compile("[\\p{Mn}\\p{Punct}\\s]+");

    public enum Reason { SAME_EMAIL, SAME_PHONE, SAME_NAME, SIMILAR_NAME }

    /** A possible duplicate: two clients, a score out of 100, and the strongest reason. */
    public record Pair(ClientKeys first, ClientKeys second, int score, Reason reason, String detail) {
    }

    private DuplicateFinder() {
    }

    public static List<Pair> find(List<ClientKeys> clients) {
        Map<String, Pair> pairs = new HashMap<>();
        shared(clients, ClientKeys::emailKeys, Reason.SAME_EMAIL, 95, pairs);
        shared(clients, ClientKeys::phoneKeys, Reason.SAME_PHONE, 90, pairs);
        similarNames(clients, DuplicateFinder::nameKey, pairs);
        similarNames(clients, DuplicateFinder::sortedWordsKey, pairs);
        List<Pair> found = new ArrayList<>(pairs.values());
        found.sort(Comparator.comparingInt(Pair::score).reversed()
                .thenComparing(pair -> pair.first().displayName())
                .thenComparingLong(pair -> pair.first().id()));
        return found;
    }

    private static void shared(List<ClientKeys> clients, Function<ClientKeys, List<String>> keys, Reason reason,
                               int score, Map<String, Pair> pairs) {
        Map<String, List<ClientKeys>> byKey = new HashMap<>();
        for (ClientKeys client : clients) {
            keys.apply(client).stream().distinct()
                    .forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(client));
        }
        byKey.forEach((key, group) -> {
            if (group.size() > 1 && group.size() <= MAX_GROUP) {
                for (int i = 0; i < group.size(); i++) {
                    for (int j = i + 1; j < group.size(); j++) {
                        add(pairs, group.get(i), group.get(j), score, reason, key);
                    }
                }
            }
        });
    }

    private static void similarNames(List<ClientKeys> clients, Function<ClientKeys, String> key, Map<String, Pair> pairs) {
        record Named(ClientKeys client, String key) {
        }
        List<Named> named = clients.stream().map(client -> new Named(client, key.apply(client)))
                .filter(entry -> entry.key().length() >= 2)
                .sorted(Comparator.comparing(Named::key)).toList();
        for (int i = 0; i < named.size(); i++) {
            for (int j = i + 1; j < Math.min(named.size(), i + 1 + WINDOW); j++) {
                Named a = named.get(i);
                Named b = named.get(j);
                if (a.key().equals(b.key())) {
                    add(pairs, a.client(), b.client(), 85, Reason.SAME_NAME, a.client().displayName());
                } else {
                    double similarity = jaroWinkler(a.key(), b.key());
                    if (similarity >= SIMILAR) {
                        add(pairs, a.client(), b.client(), (int) Math.round(similarity * 80), Reason.SIMILAR_NAME,
                                b.client().displayName());
                    }
                }
            }
        }
    }

    /** Keeps the strongest reason for a pair; a second, different reason adds to its score. */
    private static void add(Map<String, Pair> pairs, ClientKeys a, ClientKeys b, int score, Reason reason, String detail) {
        ClientKeys first = a.id() < b.id() ? a : b;
        ClientKeys second = first == a ? b : a;
        String id = first.id() + "/" + second.id();
        Pair found = new Pair(first, second, score, reason, detail);
        pairs.merge(id, found, (before, now) -> {
            Pair stronger = before.score() >= now.score() ? before : now;
            boolean otherReason = before.reason() != now.reason();
            return otherReason ? new Pair(first, second, Math.min(100, stronger.score() + 5), stronger.reason(),
                    stronger.detail()) : stronger;
        });
    }

    /** The name as letters only: lower case, no accents, spaces or punctuation, Hangul as jamo. */
    static String nameKey(ClientKeys client) {
        return letters(client.displayName());
    }

    /** The same, with the words sorted, so "Doe, Jane" meets "Jane Doe". */
    static String sortedWordsKey(ClientKeys client) {
        String[] words = client.displayName().toLowerCase(Locale.ROOT).split("[\\s,]+");
        Arrays.sort(words);
        return letters(String.join(" ", words));
    }

    private static String letters(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return NOT_LETTERS.matcher(decomposed).replaceAll("");
    }

    /** Jaro-Winkler similarity, 1 for equal texts: forgiving of small slips, strict about the first letters. */
    static double jaroWinkler(String a, String b) {
        int range = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] aMatched = new boolean[a.length()];
        boolean[] bMatched = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - range); j < Math.min(b.length(), i + range + 1); j++) {
                if (!bMatched[j] && a.charAt(i) == b.charAt(j)) {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (aMatched[i]) {
                while (!bMatched[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
