package app.clientele.insights;

import app.clientele.domain.Channel;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ContactCadence;
import app.clientele.domain.ContactStatus;
import app.clientele.domain.CustomerType;
import app.clientele.domain.DateRange;
import app.clientele.domain.InsightsRepository;
import app.clientele.domain.InsightsRepository.ClientGroup;
import app.clientele.domain.InsightsRepository.CompletedFollowUp;
import app.clientele.domain.InsightsRepository.InteractionTally;
import app.clientele.domain.InsightsRepository.Moment;
import app.clientele.domain.InsightsRepository.ScoredClient;
import app.clientele.domain.Interaction;
import app.clientele.domain.KeepInTouchState;
import app.clientele.domain.Period;
import app.clientele.domain.Relationship;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.ScoreRange;
import app.clientele.domain.Segment;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Works out the dashboard from the database's counts, and the clients behind any bar or slice as
 * a {@link ClientFilter} for the Clients view. Days, months and "dormant" are judged in the user's
 * calendar, as Today judges them.
 */
public final class Insights {
    public static final int ACTIVITY_MONTHS = 12;
    public static final int GROWTH_MONTHS = 24;
    public static final int AT_RISK_SHOWN = 20;
    private static final int QUERY_THREADS = 3;

    private final InsightsRepository repository;
    private final Executor executor;

    /**
     * Threads for the dashboard's queries: they mostly wait on the database, so a few running at once
     * finish sooner than one after the other. Daemon threads, so they never keep the app running.
     */
    public static ExecutorService queryThreads() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(QUERY_THREADS, work -> {
            Thread thread = new Thread(work, "dashboard-query-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Runs the dashboard's queries one after the other, on the calling thread. */
    public Insights(InsightsRepository repository) {
        this(repository, Runnable::run);
    }

    /** @param executor runs the dashboard's queries; with several threads they run at the same time */
    public Insights(InsightsRepository repository, Executor executor) {
        this.repository = repository;
        this.executor = executor;
    }

    public Dashboard dashboard(LocalDate today, ZoneId zone) {
        List<Month> activityMonths = Month.last(ACTIVITY_MONTHS, today, zone);
        CompletableFuture<List<InteractionTally>> tallies = query(
                () -> repository.interactions(Month.periods(activityMonths)));
        CompletableFuture<List<ClientGroup>> clientGroups = query(() -> repository.clientGroups(
                dormantBefore(ContactCadence.CLIENT_DEFAULT_DAYS, today, zone),
                dormantBefore(ContactCadence.CUSTOMER_DEFAULT_DAYS, today, zone)));
        CompletableFuture<List<ContactStatus>> ownCadences = query(repository::ownCadences);
        CompletableFuture<List<Dashboard.MonthCount>> added = query(() -> added(Month.last(GROWTH_MONTHS, today, zone)));
        CompletableFuture<List<Dashboard.MonthTimeliness>> followUps = query(() -> followUps(activityMonths, zone));
        CompletableFuture<List<Dashboard.MomentCount>> overdue = query(() -> overdue(activityMonths, today, zone));
        CompletableFuture<List<ScoredClient>> atRisk = query(
                () -> repository.lastScores(ScoreRange.AT_RISK, AT_RISK_SHOWN));

        List<ClientGroup> groups = join(clientGroups);
        Map<Integer, Long> byLastScore = new LinkedHashMap<>();
        for (int score = Interaction.MIN_SATISFACTION; score <= Interaction.MAX_SATISFACTION; score++) {
            byLastScore.put(score, 0L);
        }
        groups.stream().filter(group -> group.lastScore() != null)
                .forEach(group -> byLastScore.merge(group.lastScore(), group.count(), Long::sum));
        return new Dashboard(today,
                groups.stream().mapToLong(ClientGroup::count).sum(),
                countBy(groups, Relationship.class, ClientGroup::relationship),
                countBy(groups, Segment.class, ClientGroup::segment),
                countBy(groups, CustomerType.class, ClientGroup::customerType),
                join(added),
                interactions(activityMonths, join(tallies)),
                join(followUps),
                join(overdue),
                satisfaction(activityMonths, join(tallies)),
                byLastScore,
                groups.stream().filter(group -> ScoreRange.AT_RISK.contains(group.lastScore()))
                        .mapToLong(ClientGroup::count).sum(),
                join(atRisk),
                keepInTouch(groups, join(ownCadences), today, zone),
                countBy(groups, RepeatBusiness.class, ClientGroup::repeat));
    }

    private <T> CompletableFuture<T> query(Supplier<T> query) {
        return CompletableFuture.supplyAsync(query, executor);
    }

    /** The query's result, or its own failure (not wrapped), so the user reads what went wrong. */
    private static <T> T join(CompletableFuture<T> query) {
        try {
            return query.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    /**
     * Clients last contacted (or added) before this moment are due under a cadence of {@code days}:
     * that many calendar days have passed ({@link ContactStatus#isDue}).
     */
    static Instant dormantBefore(int days, LocalDate today, ZoneId zone) {
        return today.minusDays(days - 1L).atStartOfDay(zone).toInstant();
    }

    private static <E extends Enum<E>> Map<E, Long> countBy(List<ClientGroup> groups, Class<E> type,
                                                           Function<ClientGroup, E> key) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0L);
        }
        groups.forEach(group -> counts.merge(key.apply(group), group.count(), Long::sum));
        return counts;
    }

    private List<Dashboard.MonthCount> added(List<Month> months) {
        List<Long> counts = repository.clientsAdded(Month.periods(months));
        List<Dashboard.MonthCount> added = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            added.add(new Dashboard.MonthCount(months.get(i), counts.get(i)));
        }
        return added;
    }

    private static List<Dashboard.MonthChannels> interactions(List<Month> months, List<InteractionTally> tallies) {
        List<Dashboard.MonthChannels> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                byChannel.put(channel, 0L);
            }
            int month = i;
            tallies.stream().filter(tally -> tally.period() == month)
                    .forEach(tally -> byChannel.put(tally.channel(), tally.count()));
            result.add(new Dashboard.MonthChannels(months.get(i), byChannel));
        }
        return result;
    }

    private static List<Dashboard.MonthScore> satisfaction(List<Month> months, List<InteractionTally> tallies) {
        List<Dashboard.MonthScore> result = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            int month = i;
            long sum = tallies.stream().filter(tally -> tally.period() == month).mapToLong(InteractionTally::scoreSum).sum();
            long scores = tallies.stream().filter(tally -> tally.period() == month).mapToLong(InteractionTally::scores).sum();
            result.add(new Dashboard.MonthScore(months.get(i), scores == 0 ? null : (double) sum / scores, scores));
        }
        return result;
    }

    private List<Dashboard.MonthTimeliness> followUps(List<Month> months, ZoneId zone) {
        Period year = new Period(months.get(0).period().start(), months.get(months.size() - 1).period().end());
        List<CompletedFollowUp> done = repository.completedFollowUps(year);
        List<Dashboard.MonthTimeliness> result = new ArrayList<>();
        for (Month month : months) {
            long onTime = 0;
            long late = 0;
            for (CompletedFollowUp followUp : done) {
                if (month.period().contains(followUp.completedAt())) {
                    if (followUp.onTime(zone)) {
                        onTime++;
                    } else {
                        late++;
                    }
                }
            }
            result.add(new Dashboard.MonthTimeliness(month, onTime, late));
        }
        return result;
    }

    private List<Dashboard.MomentCount> overdue(List<Month> months, LocalDate today, ZoneId zone) {
        List<Moment> moments = months.stream().map(month -> overdueMoment(month, today, zone)).toList();
        List<Long> counts = repository.overdueAt(moments);
        List<Dashboard.MomentCount> result = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            result.add(new Dashboard.MomentCount(moments.get(i), counts.get(i)));
        }
        return result;
    }

    /** Each month is measured at its end (the first day of the next), the current month today. */
    static Moment overdueMoment(Month month, LocalDate today, ZoneId zone) {
        LocalDate end = month.month().plusMonths(1).atDay(1);
        return Moment.startOf(end.isAfter(today) ? today : end, zone);
    }

    /**
     * Every client counted by their relationship's default cadence in SQL; those with a cadence of
     * their own (a few) are moved to where their own cadence puts them.
     */
    private static Map<KeepInTouchState, Long> keepInTouch(List<ClientGroup> groups, List<ContactStatus> ownCadences,
                                                          LocalDate today, ZoneId zone) {
        Map<KeepInTouchState, Long> counts = new EnumMap<>(KeepInTouchState.class);
        long dormant = groups.stream().filter(ClientGroup::dormantByDefault).mapToLong(ClientGroup::count).sum();
        long all = groups.stream().mapToLong(ClientGroup::count).sum();
        counts.put(KeepInTouchState.ACTIVE, all - dormant);
        counts.put(KeepInTouchState.DORMANT, dormant);
        counts.put(KeepInTouchState.NOT_TRACKED, 0L);
        for (ContactStatus own : ownCadences) {
            ContactStatus byDefault = new ContactStatus(own.client(), own.relationship(), null, own.lastContact(),
                    own.addedAt());
            counts.merge(KeepInTouchState.of(byDefault, today, zone), -1L, Long::sum);
            counts.merge(KeepInTouchState.of(own, today, zone), 1L, Long::sum);
        }
        return counts;
    }

    // --- The clients behind a bar or a slice ---

    public static ClientFilter withRelationship(Relationship relationship) {
        return ClientFilter.builder().relationship(relationship).build();
    }

    public static ClientFilter withSegment(Segment segment) {
        return ClientFilter.builder().segment(segment).build();
    }

    public static ClientFilter withCustomerType(CustomerType type) {
        return ClientFilter.builder().customerType(type).build();
    }

    public static ClientFilter addedIn(YearMonth month) {
        return ClientFilter.builder().added(DateRange.of(month)).build();
    }

    public static ClientFilter withLastScore(ScoreRange scores) {
        return ClientFilter.builder().satisfaction(scores).build();
    }

    public static ClientFilter inState(KeepInTouchState state) {
        return ClientFilter.builder().keepInTouch(state).build();
    }

    public static ClientFilter withRepeat(RepeatBusiness repeat) {
        return ClientFilter.builder().repeat(repeat).build();
    }

    /** Clients who took part in an interaction on the channel (null: any) in the month. */
    public ClientFilter contactedIn(Month month, Channel channel) {
        return only(repository.clientsWithInteractions(month.period(), channel));
    }

    /** Clients who gave a satisfaction score in the month. */
    public ClientFilter scoredIn(Month month) {
        return only(repository.clientsWhoScored(month.period()));
    }

    /** Clients with a follow-up done in the month, on time or late. */
    public ClientFilter followUpsDoneIn(Month month, boolean onTime, ZoneId zone) {
        return only(repository.completedFollowUps(month.period()).stream()
                .filter(followUp -> followUp.onTime(zone) == onTime)
                .map(CompletedFollowUp::clientId).collect(Collectors.toSet()));
    }

    /** Clients with a follow-up overdue at the moment. */
    public ClientFilter overdueAt(Moment moment) {
        return only(repository.clientsWithOverdueFollowUps(moment));
    }

    private static ClientFilter only(Set<Long> clientIds) {
        return ClientFilter.builder().clientIds(clientIds).build();
    }
}
