package app.clientele.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete, and every text the views ask for exists. */
class MessagesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/app/clientele");

    @Test
    void englishAndKorean_haveExactlyTheSameKeys() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> korean = keys("messages_ko.properties");
        Set<String> missingInKorean = new TreeSet<>(english);
        missingInKorean.removeAll(korean);
        Set<String> missingInEnglish = new TreeSet<>(korean);
        missingInEnglish.removeAll(english);
        assertEquals(Set.of(), missingInKorean, "keys without a Korean text");
        assertEquals(Set.of(), missingInEnglish, "keys without an English text");
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_ko.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(RESOURCES.resolve("i18n").resolve(file))) {
                Matcher key = Pattern.compile("^([\\w.]+)=").matcher(line);
                if (key.find() && !seen.add(key.group(1))) {
                    twice.add(key.group(1));
                }
            }
            assertEquals(Set.of(), twice, file + ": a later definition silently replaces the earlier one");
        }
    }

    @Test
    void everyKeyUsedInFxml_exists() throws IOException {
        Set<String> english = keys("messages.properties");
        Pattern reference = Pattern.compile("\"%([\\w.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("view"))) {
            for (Path fxml : files.filter(file -> file.toString().endsWith(".fxml")).toList()) {
                Matcher keys = reference.matcher(Files.readString(fxml));
                while (keys.find()) {
                    if (!english.contains(keys.group(1))) {
                        missing.add(fxml.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void koreanTexts_areActuallyKorean() {
        Texts korean = new Texts(Locale.KOREAN);
        assertEquals("새 고객", korean.get("action.newClient"));
        assertEquals("고객 1,234명", korean.get("clients.count", 1234));
        assertTrue(new Texts(Locale.ENGLISH).get("clients.count", 1234).equals("1,234 clients"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("i18n").resolve(file));
             Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
