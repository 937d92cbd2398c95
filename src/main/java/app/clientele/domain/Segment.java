package app.clientele.domain;

/** Business-to-consumer (an individual) or business-to-business (a company or its staff). */
public enum Segment {
    INDIVIDUAL,
    BUSINESS
}
