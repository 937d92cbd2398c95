package app.clientele.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each criterion of the one filter model, judged on the user's calendar day. */
class ClientFilterTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private final ClientSummary kim = summary(1, "김민수", Relationship.CLIENT, CustomerType.LOYAL, List.of("VIP"),
            new ClientSummary.Profile(Segment.BUSINESS, "서울특별시", 1966, "지인 소개", "김지현",
                    seoul("2024-06-10T09:00")),
            new ClientSummary.Activity(seoul("2026-03-10T10:00"), 5, 3, null));
    private final ClientSummary jane = summary(2, "Jane Doe", Relationship.CUSTOMER, CustomerType.IMPULSE, List.of(),
            new ClientSummary.Profile(Segment.INDIVIDUAL, "Ontario", 1990, "Website", null,
                    seoul("2026-01-01T00:30")),
            new ClientSummary.Activity(seoul("2025-01-23T09:00"), 2, 1, null));
    private final ClientSummary lee = summary(3, "이서연", Relationship.CLIENT, CustomerType.NEW, List.of("tax"),
            new ClientSummary.Profile(Segment.INDIVIDUAL, null, null, null, null, seoul("2026-03-02T11:00")),
            new ClientSummary.Activity(null, null, 0, 0));
    private final List<ClientSummary> everyone = List.of(kim, jane, lee);

    @Test
    void emptyFilter_matchesEveryActiveClient() {
        assertEquals(List.of(1L, 2L, 3L), ids(ClientFilter.ALL_ACTIVE));
        assertTrue(ClientFilter.ALL_ACTIVE.isEmpty());
    }

    @Test
    void profileCriteria_matchWhatTheClientRecordSays_ignoringCase() {
        assertEquals(List.of(1L), ids(filter(b -> b.segment(Segment.BUSINESS))));
        assertEquals(List.of(1L), ids(filter(b -> b.region("서울특별시"))));
        assertEquals(List.of(2L), ids(filter(b -> b.region("ontario"))));
        assertEquals(List.of(2L), ids(filter(b -> b.source("WEBSITE"))));
        assertEquals(List.of(1L), ids(filter(b -> b.accountOwner(" 김지현 "))));
        assertEquals(List.of(3L), ids(filter(b -> b.tag("TAX"))));
        assertEquals(List.of(2L), ids(filter(b -> b.relationship(Relationship.CUSTOMER))));
        assertEquals(List.of(3L), ids(filter(b -> b.customerType(CustomerType.NEW))));
    }

    @Test
    void ageBand_countsTheAgeReachedThisYear_andLeavesOutClientsWithoutABirthYear() {
        assertEquals(List.of(1L), ids(filter(b -> b.ageBand(AgeBand.AGE_60S))), "born 1966: 60 in 2026");
        assertEquals(List.of(2L), ids(filter(b -> b.ageBand(AgeBand.AGE_30S))), "born 1990: 36 in 2026");
        assertEquals(List.of(), ids(filter(b -> b.ageBand(AgeBand.UNDER_20))));
    }

    @Test
    void lastContact_isCountedInCalendarDays() {
        assertEquals(List.of(1L), ids(filter(b -> b.lastContact(ContactRecency.WITHIN_30_DAYS))));
        assertEquals(List.of(2L), ids(filter(b -> b.lastContact(ContactRecency.OVER_YEAR))));
        assertEquals(List.of(3L), ids(filter(b -> b.lastContact(ContactRecency.NEVER))));
        assertEquals(List.of(2L), ids(filter(b -> b.lastContact(ContactRecency.OVER_90_DAYS))));
    }

    @Test
    void satisfaction_isTheLastScoreGiven() {
        assertEquals(List.of(2L), ids(filter(b -> b.satisfaction(ScoreRange.AT_RISK))));
        assertEquals(List.of(1L), ids(filter(b -> b.satisfaction(ScoreRange.of(5)))));
        assertEquals(List.of(1L, 2L), ids(filter(b -> b.satisfaction(new ScoreRange(1, 5)))), "no score, no match");
    }

    @Test
    void added_isTheDayInTheUsersZone() {
        // Jane was added at 00:30 on 1 January in Seoul: still 31 December in UTC.
        assertEquals(List.of(2L), ids(filter(b -> b.added(DateRange.of(YearMonth.of(2026, 1))))));
        assertEquals(List.of(), ids(filter(b -> b.added(DateRange.of(YearMonth.of(2025, 12))))));
        assertEquals(List.of(2L, 3L), ids(filter(b -> b.added(new DateRange(LocalDate.of(2026, 1, 1), null)))));
    }

    @Test
    void keepInTouchAndRepeat_followCadenceAndEngagements() {
        // Kim (client, 90 days) was contacted 5 days ago; Jane (customer, 365 days) 416 days ago; Lee never reminds.
        assertEquals(List.of(1L), ids(filter(b -> b.keepInTouch(KeepInTouchState.ACTIVE))));
        assertEquals(List.of(2L), ids(filter(b -> b.keepInTouch(KeepInTouchState.DORMANT))));
        assertEquals(List.of(3L), ids(filter(b -> b.keepInTouch(KeepInTouchState.NOT_TRACKED))));
        assertEquals(List.of(1L), ids(filter(b -> b.repeat(RepeatBusiness.REPEAT))));
        assertEquals(List.of(2L), ids(filter(b -> b.repeat(RepeatBusiness.ONE_TIME))));
        assertEquals(List.of(3L), ids(filter(b -> b.repeat(RepeatBusiness.NONE))));
    }

    @Test
    void severalCriteria_mustAllMatch_andTextSearchStillApplies() {
        assertEquals(List.of(3L), ids(filter(b -> b.segment(Segment.INDIVIDUAL).relationship(Relationship.CLIENT))));
        assertEquals(List.of(), ids(filter(b -> b.segment(Segment.INDIVIDUAL).text("김"))));
        assertEquals(List.of(1L), ids(filter(b -> b.text("ㄱㅁㅅ"))));
    }

    @Test
    void clientIds_restrictToAFixedSet_whichCannotBeSaved() {
        ClientFilter chosen = filter(b -> b.clientIds(Set.of(2L, 3L, 99L)));

        assertEquals(List.of(2L, 3L), ids(chosen));
        assertFalse(chosen.isSavable());
        assertThrows(IllegalArgumentException.class, () -> SavedSegment.named("chosen", chosen));
    }

    @Test
    void archivedClients_matchOnlyWhenIncluded() {
        ClientSummary archived = summary(4, "Old", Relationship.CLIENT, CustomerType.NEW, List.of(), lee.profile(),
                lee.activity(), true);
        List<ClientSummary> withArchived = List.of(kim, archived);

        assertEquals(List.of(1L), ClientFilter.ALL_ACTIVE.matchingIds(withArchived, clock()));
        assertEquals(List.of(1L, 4L), filter(b -> b.includeArchived(true)).matchingIds(withArchived, clock()));
    }

    @Test
    void toBuilder_keepsEveryCriterion() {
        ClientFilter full = filter(b -> b.text("김").tag("VIP").relationship(Relationship.CLIENT)
                .segment(Segment.BUSINESS).customerType(CustomerType.LOYAL).region("서울특별시").ageBand(AgeBand.AGE_60S)
                .source("지인 소개").accountOwner("김지현").lastContact(ContactRecency.WITHIN_30_DAYS)
                .satisfaction(ScoreRange.of(5)).added(DateRange.of(YearMonth.of(2024, 6)))
                .keepInTouch(KeepInTouchState.ACTIVE).repeat(RepeatBusiness.REPEAT)
                .newsletter(NewsletterStatus.NOT_ASKED).includeArchived(true));

        assertEquals(full, full.toBuilder().build());
        assertFalse(full.isEmpty());
        assertEquals(List.of(1L), ids(full));
    }

    @Test
    void theFirstFiltersConstructor_stillBuildsTheSameFilter() {
        assertEquals(filter(b -> b.text("x").relationship(Relationship.CLIENT).customerType(CustomerType.NEW).tag("t")),
                new ClientFilter("x", Relationship.CLIENT, CustomerType.NEW, "t", false));
    }

    private List<Long> ids(ClientFilter filter) {
        return filter.matchingIds(everyone, clock());
    }

    private static ClientFilter filter(UnaryOperator<ClientFilter.Builder> criteria) {
        return criteria.apply(ClientFilter.builder()).build();
    }

    private static Clock clock() {
        return Clock.fixed(TODAY.atTime(12, 0).atZone(SEOUL).toInstant(), SEOUL);
    }

    private static Instant seoul(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SEOUL).toInstant();
    }

    private static ClientSummary summary(long id, String name, Relationship relationship, CustomerType type,
                                         List<String> tags, ClientSummary.Profile profile,
                                         ClientSummary.Activity activity) {
        return summary(id, name, relationship, type, tags, profile, activity, false);
    }

    private static ClientSummary summary(long id, String name, Relationship relationship, CustomerType type,
                                         List<String> tags, ClientSummary.Profile profile,
                                         ClientSummary.Activity activity, boolean archived) {
        return new ClientSummary(id, name, null, null, List.of(), tags, relationship, type, archived,
                SearchText.keyFor(List.of(name), List.of(), List.of(), tags), profile, activity, null, 0, null);
    }
}
