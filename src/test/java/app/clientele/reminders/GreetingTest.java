package app.clientele.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClientName;
import app.clientele.domain.GreetingTemplate;
import app.clientele.domain.NameOrder;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GreetingTest {
    private static final GreetingTemplate ENGLISH = new GreetingTemplate("Happy birthday, {name}!",
            "Dear {honorific},\n\nHappy birthday[ and congratulations on turning {age}]!");

    @Test
    void compose_fillsPlaceholders_andKeepsTheAgePartWhenTheAgeIsKnown() {
        ClientName name = new ClientName("Jane Doe", "Doe", "Jane", NameOrder.GIVEN_FIRST, "Dr", null);
        Greeting.Message message = Greeting.compose(ENGLISH, name, 60);
        assertEquals("Happy birthday, Jane Doe!", message.subject());
        assertEquals("Dear Dr Doe,\n\nHappy birthday and congratulations on turning 60!", message.body());
    }

    @Test
    void compose_withoutAge_dropsTheBracketedPart() {
        Greeting.Message message = Greeting.compose(ENGLISH, ClientName.of("Jane Doe"), null);
        assertEquals("Dear Jane Doe,\n\nHappy birthday!", message.body());
    }

    @Test
    void koreanNameWithoutHonorific_isAddressedPolitely() {
        assertEquals("박민수님", Greeting.addressedAs(ClientName.of("박민수")));
        assertEquals("박민수 대표님", Greeting.addressedAs(
                new ClientName("박민수", "박", "민수", NameOrder.FAMILY_FIRST, "대표님", null)));
        assertTrue(Greeting.inKorean(ClientName.of("박민수")));
    }

    @Test
    void mailtoLink_isPercentEncodedUtf8_withCrlfLineBreaks() throws Exception {
        String link = MailtoLink.of("minsu@example.kr", "생신 축하드립니다 & more", "안녕하세요,\n박민수님");
        assertTrue(link.startsWith("mailto:minsu@example.kr?subject="), link);
        assertTrue(link.contains("%20%26%20more"), "space and & are encoded: " + link);
        assertTrue(link.contains("%0D%0A"), "line breaks are CRLF");
        URI uri = new URI(link);
        assertEquals("mailto", uri.getScheme());
        String body = link.substring(link.indexOf("&body=") + 6);
        assertEquals("안녕하세요,\r\n박민수님", URLDecoder.decode(body, StandardCharsets.UTF_8));
    }
}
