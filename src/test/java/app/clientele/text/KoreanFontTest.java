package app.clientele.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KoreanFontTest {

    @Test
    void choose_prefersTheSystemsOwnKoreanFont() {
        assertEquals(Optional.of("Malgun Gothic"), KoreanFont.choose(List.of("Arial", "NanumGothic", "Malgun Gothic")));
    }

    @Test
    void choose_namesNotoCjkWhenItIsTheOnlyKoreanFont() {
        assertEquals(Optional.of("Noto Sans CJK KR"), KoreanFont.choose(List.of("DejaVu Sans", "Noto Sans CJK KR")));
    }

    @Test
    void choose_withoutAnyKoreanFont_leavesTheDefault() {
        assertEquals(Optional.empty(), KoreanFont.choose(List.of("DejaVu Sans", "Liberation Serif")));
    }
}
