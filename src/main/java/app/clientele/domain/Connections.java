package app.clientele.domain;

import java.util.List;

/**
 * A client's links to other clients: the organisations a person belongs to (or an organisation's
 * people), their relations, and how many clients they referred.
 */
public record Connections(long clientId, List<Membership> memberships, List<Relation> relations, int referrals) {
    public Connections {
        memberships = List.copyOf(memberships);
        relations = List.copyOf(relations);
    }
}
