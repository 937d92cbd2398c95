package app.clientele.domain;

/** How consent to marketing messages was given: a signed or online form, an email, or in person. */
public enum ConsentMethod {
    FORM,
    EMAIL,
    IN_PERSON
}
