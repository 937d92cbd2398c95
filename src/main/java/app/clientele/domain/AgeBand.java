package app.clientele.domain;

/**
 * Age groups by decade. A client's age is the age they reach on this year's birthday (the year
 * now minus the year of birth), so it needs only the birth year; clients without one are in no band.
 */
public enum AgeBand {
    UNDER_20(0, 19),
    AGE_20S(20, 29),
    AGE_30S(30, 39),
    AGE_40S(40, 49),
    AGE_50S(50, 59),
    AGE_60S(60, 69),
    AGE_70_PLUS(70, Integer.MAX_VALUE);

    private final int youngest;
    private final int oldest;

    AgeBand(int youngest, int oldest) {
        this.youngest = youngest;
        this.oldest = oldest;
    }

    public boolean contains(Integer birthYear, int currentYear) {
        if (birthYear == null) {
            return false;
        }
        int age = currentYear - birthYear;
        return age >= youngest && age <= oldest;
    }
}
