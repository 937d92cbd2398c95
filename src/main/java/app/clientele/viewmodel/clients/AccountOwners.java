package app.clientele.viewmodel.clients;

import app.clientele.domain.FirmUsers;
import app.clientele.viewmodel.TaskRunner;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Whom the client form's account owner field suggests: the user themselves and everyone else the
 * data knows (see {@link FirmUsers}). The names are read in the background; suggestions are asked
 * for from the completion popup's own thread, so they come from an unchangeable snapshot.
 */
public final class AccountOwners {
    private static final int MAX_SUGGESTIONS = 10;
    private final FirmUsers users;
    private final TaskRunner tasks;
    private final String me;
    private final Comparator<String> order;
    private volatile List<String> names;

    /** @param me the name recorded for this user's changes; @param order how names are sorted */
    public AccountOwners(FirmUsers users, TaskRunner tasks, String me, Comparator<String> order) {
        this.users = users;
        this.tasks = tasks;
        this.me = me;
        this.order = order;
        this.names = List.of(me);
    }

    /** Reads the names again, quietly (after colleagues' changes, or the user's own). */
    public void load() {
        tasks.run(null, progress -> users.names(), found -> {
            TreeSet<String> sorted = new TreeSet<>(order);
            Stream.concat(Stream.of(me), found.stream()).map(String::strip).forEach(sorted::add);
            names = List.copyOf(sorted);
        }, failure -> { });
    }

    /** The names containing what was typed (any case), in order; every name for an empty field. */
    public List<String> suggestions(String typed) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return names.stream().filter(name -> name.toLowerCase(Locale.ROOT).contains(wanted)
                && !name.equalsIgnoreCase(wanted)).limit(MAX_SUGGESTIONS).toList();
    }
}
