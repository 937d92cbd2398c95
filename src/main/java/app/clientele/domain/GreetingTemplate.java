package app.clientele.domain;

/**
 * A birthday greeting's subject and body with placeholders: {@code {name}}, {@code {honorific}}
 * (the name as a greeting uses it, e.g. "박민수 대표님") and {@code {age}}. Text in square brackets
 * is kept only when every placeholder in it has a value ("[turning {age}]").
 */
public record GreetingTemplate(String subject, String body) {
    public static final int MAX_SUBJECT_LENGTH = 200;
    public static final int MAX_BODY_LENGTH = 4000;

    public GreetingTemplate {
        subject = Interaction.limited(subject, MAX_SUBJECT_LENGTH);
        body = Interaction.limited(body, MAX_BODY_LENGTH);
        if (subject == null || body == null) {
            throw new IllegalArgumentException("a greeting needs a subject and a body");
        }
    }
}
