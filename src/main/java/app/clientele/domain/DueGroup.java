package app.clientele.domain;

import java.time.LocalDate;

/** Where an open follow-up falls on the Today page, counted in the user's calendar days. */
public enum DueGroup {
    OVERDUE,
    TODAY,
    UPCOMING,
    LATER;

    /** How many days ahead of today the Today page looks. */
    public static final int UPCOMING_DAYS = 7;

    public static DueGroup of(LocalDate due, LocalDate today) {
        if (due.isBefore(today)) {
            return OVERDUE;
        }
        if (due.equals(today)) {
            return TODAY;
        }
        return due.isAfter(today.plusDays(UPCOMING_DAYS)) ? LATER : UPCOMING;
    }
}
