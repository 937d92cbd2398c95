package app.clientele.domain;

/** Satisfaction scores from {@code min} to {@code max}, both included (1 to 5). */
public record ScoreRange(int min, int max) {
    /** The clients whose last score was 1 or 2: they may be about to leave. */
    public static final ScoreRange AT_RISK = new ScoreRange(Interaction.MIN_SATISFACTION, 2);

    public ScoreRange {
        if (min < Interaction.MIN_SATISFACTION || max > Interaction.MAX_SATISFACTION || min > max) {
            throw new IllegalArgumentException("a score range runs from 1 to 5, lowest first");
        }
    }

    public static ScoreRange of(int score) {
        return new ScoreRange(score, score);
    }

    public boolean contains(Integer score) {
        return score != null && score >= min && score <= max;
    }
}
