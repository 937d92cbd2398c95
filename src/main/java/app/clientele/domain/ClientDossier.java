package app.clientele.domain;

import java.util.List;
import java.util.Map;

/**
 * Everything stored about one client, as the database holds it: the client's own row and, by
 * table, every row that belongs to them or that they took part in. Values are plain Java values
 * (text, numbers, dates and times).
 */
public record ClientDossier(long clientId, String displayName, Map<String, Object> client,
                            Map<String, List<Map<String, Object>>> related) {

    public ClientDossier {
        client = Map.copyOf(client);
        related = Map.copyOf(related);
    }
}
