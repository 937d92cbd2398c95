package app.clientele.domain;

/** Another client and what they are to the client whose connections these are. */
public record Relation(ClientRef other, RelationRole role) {
}
