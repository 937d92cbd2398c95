package app.clientele.domain;

/** A person's place in an organisation, seen from either side. */
public record Membership(ClientRef organisation, ClientRef person, MemberRole role) {

    /** The organisation on a person's page, the person on an organisation's. */
    public ClientRef other(long clientId) {
        return organisation.id() == clientId ? person : organisation;
    }
}
