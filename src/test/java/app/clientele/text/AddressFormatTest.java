package app.clientele.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.PostalAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressFormatTest {
    private static final PostalAddress SEOUL = new PostalAddress("세종대로 110", "3층 301호", "중구", "서울특별시", "04524",
            "대한민국", "태평로1가 31");
    private static final PostalAddress LONDON = new PostalAddress("10 Downing Street", "Flat 2", "London", null,
            "SW1A 2AA", "United Kingdom");

    @Test
    void koreanAddress_runsFromPostcodeToUnit() {
        assertEquals(List.of("04524", "서울특별시 중구 세종대로 110", "3층 301호", "(태평로1가 31)"),
                AddressFormat.lines(SEOUL, false));
        assertEquals("대한민국", AddressFormat.lines(SEOUL, true).get(4));
    }

    @Test
    void westernAddress_runsFromStreetToCountry() {
        assertEquals(List.of("10 Downing Street", "Flat 2", "London SW1A 2AA", "United Kingdom"),
                AddressFormat.lines(LONDON, true));
        assertEquals(List.of("1 Main St", "Springfield, IL 62701"), AddressFormat.lines(
                new PostalAddress("1 Main St", null, "Springfield", "IL", "62701", null), false));
    }

    @Test
    void korean_isRecognisedByCountryOrByHangulWithoutACountry() {
        assertTrue(AddressFormat.isKorean(new PostalAddress("Sejong-daero 110", null, "Jung-gu", "Seoul", "04524", "Korea")));
        assertTrue(AddressFormat.isKorean(new PostalAddress("세종대로 110", null, null, null, "04524", null)));
        assertFalse(AddressFormat.isKorean(LONDON));
        assertFalse(AddressFormat.isKorean(new PostalAddress("세종대로 110", null, null, null, null, "Japan")));
    }
}
