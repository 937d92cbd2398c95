package app.clientele.reminders;

import app.clientele.domain.ClientName;
import app.clientele.domain.GreetingTemplate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A birthday greeting made from a template: {@code {name}}, {@code {honorific}} and {@code {age}}
 * are filled in, and text in square brackets is dropped when a placeholder in it has no value (the
 * age of a client whose year of birth is unknown).
 */
public final class Greeting {
    private static final Pattern OPTIONAL = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(name|honorific|age)}");

    private Greeting() {
    }

    /** The written greeting: a subject and a body. */
    public record Message(String subject, String body) {
    }

    /** Whether a greeting to this client is written in Korean: their name is written in Hangul. */
    public static boolean inKorean(ClientName name) {
        return name.isKorean();
    }

    /**
     * The name as a greeting addresses the client: with their honorific, and for a Korean name
     * without one the polite 님 ("박민수님"), since a bare name would be rude in a greeting.
     */
    public static String addressedAs(ClientName name) {
        if (name.honorific() == null && name.isKorean()) {
            return name.displayName() + "님";
        }
        return name.withHonorific();
    }

    public static Message compose(GreetingTemplate template, ClientName name, Integer age) {
        Map<String, String> values = new HashMap<>();
        values.put("name", name.displayName());
        values.put("honorific", addressedAs(name));
        if (age != null) {
            values.put("age", Integer.toString(age));
        }
        return new Message(fill(template.subject(), values), fill(template.body(), values));
    }

    static String fill(String template, Map<String, String> values) {
        Matcher optional = OPTIONAL.matcher(template);
        StringBuilder kept = new StringBuilder();
        while (optional.find()) {
            String part = optional.group(1);
            boolean complete = PLACEHOLDER.matcher(part).results().allMatch(p -> values.containsKey(p.group(1)));
            optional.appendReplacement(kept, Matcher.quoteReplacement(complete ? part : ""));
        }
        optional.appendTail(kept);
        return PLACEHOLDER.matcher(kept).replaceAll(p -> Matcher.quoteReplacement(values.getOrDefault(p.group(1), "")));
    }
}
