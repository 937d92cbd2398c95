package app.clientele.view.interactions;

/** A satisfaction score drawn as five stars, e.g. ★★★★☆. */
final class Stars {
    private Stars() {
    }

    static String of(Integer score) {
        return score == null ? "" : "★".repeat(score) + "☆".repeat(5 - score);
    }

    /** The stars and the client's comment, whichever there are. */
    static String feedback(Integer score, String comment) {
        String stars = of(score);
        if (comment == null || comment.isBlank()) {
            return stars;
        }
        return stars.isEmpty() ? "“" + comment + "”" : stars + "  “" + comment + "”";
    }
}
