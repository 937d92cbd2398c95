package app.clientele.domain;

import java.util.List;

/**
 * The people of the firm as the data knows them: everyone whose name is recorded next to a change,
 * and everyone named as a client's account owner. Any of them can own a client's account.
 */
@FunctionalInterface
public interface FirmUsers {
    /** Their names, each once, in no particular order. */
    List<String> names();
}
