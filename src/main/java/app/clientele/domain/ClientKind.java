package app.clientele.domain;

/**
 * Whether a client is a person or an organisation. Organisations are always in the Business
 * segment; a person may be too (a business owner), so the segment alone cannot tell them apart.
 */
public enum ClientKind {
    PERSON,
    ORGANISATION
}
