package app.clientele.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"010-1234-5678", "01012345678", "010 1234 5678", "+82 10 1234 5678", "+82 (0)10-1234-5678",
            "+821012345678", "(010) 1234-5678"})
    void koreanMobile_writtenAnyWay_hasOneMatchKey(String written) {
        assertEquals("821012345678", Phones.matchKey(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 7911 123456", "+44 (0)7911 123456", "+447911123456", "001 44 7911 123456"})
    void internationalNumber_writtenAnyWay_hasOneMatchKey(String written) {
        assertEquals("447911123456", Phones.matchKey(written));
    }

    @Test
    void differentNumbers_haveDifferentKeys() {
        assertNotEquals(Phones.matchKey("02-123-4567"), Phones.matchKey("031-123-4567"));
    }

    @ParameterizedTest
    @CsvSource({
            "01012345678, 010-1234-5678",
            "+82 10 1234 5678, 010-1234-5678",
            "0212345678, 02-1234-5678",
            "021234567, 02-123-4567",
            "0311234567, 031-123-4567",
            "15881234, 1588-1234",
            "+447911123456, +44 7911 123456",
            "+1 650 253 0000, +1 650-253-0000",
            "12345, 12345"})
    void format_laysNumbersOutAsTheirCountryWritesThem(String written, String shown) {
        assertEquals(shown, Phones.format(written));
    }
}
