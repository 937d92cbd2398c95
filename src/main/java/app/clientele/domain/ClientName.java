package app.clientele.domain;

/**
 * How a client is named. The display name is what lists show; family and given names are kept
 * apart so Korean names (family name first) survive exports and greetings.
 */
public record ClientName(String displayName, String familyName, String givenName, NameOrder order,
                         String honorific, String nickname) {
    public static final int MAX_DISPLAY_LENGTH = 200;

    public ClientName {
        displayName = Strings.trimToEmpty(displayName);
        familyName = Strings.blankToNull(familyName);
        givenName = Strings.blankToNull(givenName);
        honorific = Strings.blankToNull(honorific);
        nickname = Strings.blankToNull(nickname);
        if (order == null) {
            order = NameOrder.suggestedFor(familyName, givenName, displayName);
        }
        if (displayName.isEmpty()) {
            displayName = compose(familyName, givenName, order);
        }
        if (displayName.isEmpty()) {
            throw new IllegalArgumentException("a client needs a name");
        }
        if (displayName.length() > MAX_DISPLAY_LENGTH) {
            throw new IllegalArgumentException("name too long");
        }
    }

    public static ClientName of(String displayName) {
        return new ClientName(displayName, null, null, null, null, null);
    }

    /**
     * The name with its honorific, as a greeting uses it: "박민수 대표님", "민수님" (an honorific
     * that starts with 님 joins without a space), "Dr Doe" (a Western honorific goes before the
     * family name). Without an honorific, the display name.
     */
    public String withHonorific() {
        if (honorific == null) {
            return displayName;
        }
        if (isKorean()) {
            return honorific.startsWith("님") ? displayName + honorific : displayName + " " + honorific;
        }
        return honorific + " " + (familyName != null ? familyName : displayName);
    }

    /** Whether the name is written in Hangul (or another East Asian script): family name first, no space. */
    public boolean isKorean() {
        return NameOrder.suggestedFor(displayName, familyName, givenName) == NameOrder.FAMILY_FIRST;
    }

    /**
     * Family and given name joined the way the order asks: 박민수 (family first, no space for
     * Hangul) or "Jane Doe" (given first).
     */
    public static String compose(String familyName, String givenName, NameOrder order) {
        String family = Strings.trimToEmpty(familyName);
        String given = Strings.trimToEmpty(givenName);
        if (family.isEmpty() || given.isEmpty()) {
            return family.isEmpty() ? given : family;
        }
        if (order == NameOrder.FAMILY_FIRST) {
            boolean hangul = NameOrder.suggestedFor(family, given) == NameOrder.FAMILY_FIRST;
            return hangul ? family + given : family + " " + given;
        }
        return given + " " + family;
    }
}
