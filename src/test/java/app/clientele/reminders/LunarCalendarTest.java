package app.clientele.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Korean lunar dates against the calendar the Korea Astronomy and Space Science Institute (KASI)
 * publishes: 설날 (1/1) and 추석 (8/15) of several years, leap months, and the days where the
 * Korean calendar differs from the Chinese one.
 */
class LunarCalendarTest {

    @ParameterizedTest(name = "lunar {0}/{1}/{2} leap={3} is {4}")
    @CsvSource({
            // 설날
            "2020, 1, 1, false, 2020-01-25",
            "2023, 1, 1, false, 2023-01-22",
            "2024, 1, 1, false, 2024-02-10",
            "2025, 1, 1, false, 2025-01-29",
            "2026, 1, 1, false, 2026-02-17",
            "2027, 1, 1, false, 2027-02-07",
            "2028, 1, 1, false, 2028-01-27",
            "2030, 1, 1, false, 2030-02-03",
            // 추석
            "2020, 8, 15, false, 2020-10-01",
            "2024, 8, 15, false, 2024-09-17",
            "2025, 8, 15, false, 2025-10-06",
            "2026, 8, 15, false, 2026-09-25",
            "2027, 8, 15, false, 2027-09-15",
            "2028, 8, 15, false, 2028-10-03",
            "2029, 8, 15, false, 2029-09-22",
            "2030, 8, 15, false, 2030-09-12",
            // Leap months (윤달): 윤4월 2020, 윤2월 2023, 윤6월 2025, 윤5월 2028
            "2020, 4, 1, true, 2020-05-23",
            "2023, 2, 1, true, 2023-03-22",
            "2025, 6, 1, true, 2025-07-25",
            "2028, 5, 1, true, 2028-06-23",
            // A lunar year's last month reaches into the next solar year
            "2026, 12, 20, false, 2027-01-27",
            // Korean, not Chinese: 설날 1997 (China: 7 February), and 2017's second month, whose new
            // moon came two minutes before midnight in Korea (China and ICU alone: 27 February)
            "1997, 1, 1, false, 1997-02-08",
            "2017, 2, 1, false, 2017-02-26",
            "2017, 1, 29, false, 2017-02-25",
            "2017, 2, 30, false, 2017-03-27",
            "2017, 3, 1, false, 2017-03-28",
            // Older and later years
            "1966, 8, 15, false, 1966-09-29",
            "2050, 1, 1, false, 2050-01-23"})
    void toSolar_followsKasi(int year, int month, int day, boolean leap, LocalDate solar) {
        assertEquals(solar, LunarCalendar.toSolar(year, month, day, leap));
    }

    @Test
    void monthLengths_followKasi() {
        assertEquals(29, LunarCalendar.length(new LunarCalendar.Month(2017, 1, false)), "KASI: 29 days");
        assertEquals(29, LunarCalendar.length(new LunarCalendar.Month(2026, 2, false)));
        assertEquals(30, LunarCalendar.length(new LunarCalendar.Month(2026, 1, false)));
        assertEquals(29, LunarCalendar.length(new LunarCalendar.Month(2028, 5, true)));
    }

    @Test
    void leapMonth_existsOnlyInItsYear() {
        assertTrue(LunarCalendar.firstDay(new LunarCalendar.Month(2025, 6, true)).isPresent());
        assertTrue(LunarCalendar.firstDay(new LunarCalendar.Month(2026, 6, true)).isEmpty());
        assertEquals(0, LunarCalendar.length(new LunarCalendar.Month(2026, 6, true)));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2026, 6, 1, true));
    }

    @Test
    void dayThirty_inATwentyNineDayMonth_isRefused() {
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2026, 2, 30, false));
    }

    @Test
    void monthsAskedAgain_giveTheSameAnswers_fromManyThreads() throws Exception {
        List<LunarCalendar.Month> months = List.of(new LunarCalendar.Month(2026, 8, false),
                new LunarCalendar.Month(2025, 6, true), new LunarCalendar.Month(2026, 6, true));
        List<String> first = months.stream().map(LunarCalendarTest::described).toList();

        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            Callable<List<String>> askAgain = () -> months.stream().map(LunarCalendarTest::described).toList();
            for (Future<List<String>> again : threads.invokeAll(Collections.nCopies(8, askAgain))) {
                assertEquals(first, again.get());
            }
        } finally {
            threads.shutdown();
        }
        assertEquals(List.of("2026-09-11", "2025-07-25", "none"), first);
    }

    private static String described(LunarCalendar.Month month) {
        return LunarCalendar.firstDay(month).map(Object::toString).orElse("none");
    }
}
