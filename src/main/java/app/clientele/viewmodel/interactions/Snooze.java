package app.clientele.viewmodel.interactions;

import java.time.LocalDate;

/** The quick ways to put a follow-up off, counted from today. */
public enum Snooze {
    TOMORROW(1),
    NEXT_WEEK(7);

    private final int days;

    Snooze(int days) {
        this.days = days;
    }

    public LocalDate from(LocalDate today) {
        return today.plusDays(days);
    }
}
