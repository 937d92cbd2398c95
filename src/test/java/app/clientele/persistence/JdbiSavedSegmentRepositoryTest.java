package app.clientele.persistence;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.AgeBand;
import app.clientele.domain.Birthday;
import app.clientele.domain.Channel;
import app.clientele.domain.Client;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientRef;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.ContactRecency;
import app.clientele.domain.CustomerType;
import app.clientele.domain.DateRange;
import app.clientele.domain.Direction;
import app.clientele.domain.Interaction;
import app.clientele.domain.KeepInTouchState;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Relationship;
import app.clientele.domain.NewsletterStatus;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.SavedSegment;
import app.clientele.domain.ScoreRange;
import app.clientele.domain.Segment;
import app.clientele.domain.StaleDataException;
import app.clientele.testutil.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiSavedSegmentRepositoryTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @TempDir
    Path folder;
    private Database database;
    private final MutableClock clock = MutableClock.at("2026-03-15T12:00", SEOUL);
    private JdbiSavedSegmentRepository segments;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        segments = new JdbiSavedSegmentRepository(database.jdbi(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyCriterion_isStoredAndReadBack() {
        ClientFilter everything = ClientFilter.builder().text("kim seoul").tag("VIP").relationship(Relationship.CLIENT)
                .segment(Segment.BUSINESS).customerType(CustomerType.LOYAL).region("서울특별시").ageBand(AgeBand.AGE_50S)
                .source("지인 소개").accountOwner("김지현").lastContact(ContactRecency.OVER_90_DAYS)
                .satisfaction(new ScoreRange(2, 4)).added(new DateRange(LocalDate.of(2025, 1, 1), null))
                .keepInTouch(KeepInTouchState.DORMANT).repeat(RepeatBusiness.REPEAT)
                .newsletter(NewsletterStatus.OPTED_OUT).includeArchived(true).build();

        SavedSegment stored = segments.create(SavedSegment.named("Everything", everything));

        assertEquals(Optional.of(stored), segments.find(stored.id()));
        assertEquals(everything, segments.find(stored.id()).orElseThrow().filter());
        SavedSegment empty = segments.create(SavedSegment.named("all", ClientFilter.ALL_ACTIVE));
        assertEquals(ClientFilter.ALL_ACTIVE, segments.find(empty.id()).orElseThrow().filter());
    }

    @Test
    void segments_areListedByName_andNamesAreUniqueWhateverTheirCase() {
        segments.create(SavedSegment.named("VIP", ClientFilter.ALL_ACTIVE));
        SavedSegment dormant = segments.create(SavedSegment.named("dormant", ClientFilter.ALL_ACTIVE));

        assertEquals(List.of("dormant", "VIP"), segments.all().stream().map(SavedSegment::name).toList());
        ClienteleException taken = assertThrows(ClienteleException.class,
                () -> segments.create(SavedSegment.named("vip", ClientFilter.ALL_ACTIVE)));
        assertEquals("segments.error.nameTaken", taken.messageKey());
        assertThrows(ClienteleException.class, () -> segments.update(dormant.renamed("Vip")));
        assertEquals(2, segments.all().size());
    }

    @Test
    void renameAndChange_keepTheSegment_andAStaleEditIsRefused() {
        SavedSegment saved = segments.create(SavedSegment.named("B2B", ClientFilter.ALL_ACTIVE));

        SavedSegment renamed = segments.update(saved.renamed("Business clients")
                .withFilter(ClientFilter.builder().segment(Segment.BUSINESS).build()));

        assertEquals(1, renamed.version());
        assertEquals(Optional.of(renamed), segments.find(saved.id()));
        assertThrows(StaleDataException.class, () -> segments.update(saved.renamed("Old edit")));
        segments.delete(saved.id());
        assertEquals(List.of(), segments.all());
    }

    /** What a saved segment selects is what the same criteria select when checked by hand on each client. */
    @Test
    void savedSegments_selectTheClientsTheSameCriteriaSelectByHand() {
        JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), clock);
        JdbiInteractionRepository interactions = new JdbiInteractionRepository(database.jdbi(), clock);
        Random random = new Random(4);
        List<String> regions = List.of("서울특별시", "부산광역시", "경기도");
        List<String> owners = List.of("김지현", "Park");
        Map<Long, Client> stored = new HashMap<>();
        Map<Long, Integer> lastScores = new HashMap<>();
        Map<Long, LocalDate> lastContacts = new HashMap<>();
        for (int i = 0; i < 40; i++) {
            clock.set("2024-01-01T09:00");
            clock.advance(Duration.ofDays(random.nextInt(800)));
            Client client = clients.create(aClient().withName("client " + i)
                    .withRelationship(random.nextBoolean() ? Relationship.CLIENT : Relationship.CUSTOMER)
                    .withSegment(random.nextBoolean() ? Segment.BUSINESS : Segment.INDIVIDUAL)
                    .withAddress(new PostalAddress(null, null, null, regions.get(random.nextInt(3)), null, "대한민국"))
                    .withBirthday(random.nextInt(4) == 0 ? null : Birthday.solar(5, 10, 1950 + random.nextInt(50)))
                    .withAccountOwner(owners.get(random.nextInt(2)))
                    .withTags(random.nextBoolean() ? new String[] {"VIP"} : new String[0]).build());
            stored.put(client.id(), client);
            for (int contact = random.nextInt(4); contact > 0; contact--) {
                clock.set("2025-01-01T10:00");
                clock.advance(Duration.ofDays(random.nextInt(440)));
                Integer score = 1 + random.nextInt(5);
                interactions.create(new Interaction(null, 0, List.of(new ClientRef(client.id(), "c")), clock.instant(),
                        Channel.EMAIL, Direction.OUTBOUND, "s", null, null, score, null, null, null));
                LocalDate day = LocalDate.ofInstant(clock.instant(), SEOUL);
                if (!lastContacts.containsKey(client.id()) || day.isAfter(lastContacts.get(client.id()))) {
                    lastContacts.put(client.id(), day);
                    lastScores.put(client.id(), score);
                }
            }
        }
        clock.set("2026-03-15T12:00");
        LocalDate today = LocalDate.of(2026, 3, 15);

        Map<SavedSegment, Predicate<Client>> byHand = new HashMap<>();
        byHand.put(SavedSegment.named("Seoul B2B", ClientFilter.builder().region("서울특별시").segment(Segment.BUSINESS)
                .build()), c -> "서울특별시".equals(c.address().region()) && c.segment() == Segment.BUSINESS);
        byHand.put(SavedSegment.named("VIP in their thirties", ClientFilter.builder().tag("vip")
                .ageBand(AgeBand.AGE_30S).build()), c -> c.tags().contains("VIP") && c.birthday() != null
                && today.getYear() - c.birthday().year() >= 30 && today.getYear() - c.birthday().year() <= 39);
        byHand.put(SavedSegment.named("Kim's in Busan", ClientFilter.builder().accountOwner("김지현")
                .region("부산광역시").build()), c -> "김지현".equals(c.accountOwner())
                && "부산광역시".equals(c.address().region()));
        byHand.put(SavedSegment.named("Unhappy customers", ClientFilter.builder().relationship(Relationship.CUSTOMER)
                .satisfaction(ScoreRange.AT_RISK).build()), c -> c.relationship() == Relationship.CUSTOMER
                && lastScores.containsKey(c.id()) && lastScores.get(c.id()) <= 2);
        byHand.put(SavedSegment.named("Quiet for 90 days", ClientFilter.builder().lastContact(ContactRecency.OVER_90_DAYS)
                .build()), c -> lastContacts.containsKey(c.id()) && lastContacts.get(c.id()).plusDays(90).isBefore(today));
        byHand.put(SavedSegment.named("Added in 2025", ClientFilter.builder().added(new DateRange(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31))).build()), c -> LocalDate.ofInstant(c.createdAt(), SEOUL).getYear() == 2025);
        byHand.put(SavedSegment.named("Never contacted", ClientFilter.builder().lastContact(ContactRecency.NEVER)
                .build()), c -> !lastContacts.containsKey(c.id()));

        for (Map.Entry<SavedSegment, Predicate<Client>> segment : byHand.entrySet()) {
            SavedSegment saved = segments.create(segment.getKey());
            List<Long> selected = segments.find(saved.id()).orElseThrow().filter()
                    .matchingIds(clients.summaries(), clock);
            List<Long> expected = new ArrayList<>(stored.values().stream().filter(segment.getValue()).map(Client::id)
                    .sorted().toList());
            assertTrue(!expected.isEmpty() && expected.size() < stored.size(), saved.name() + " picks some clients");
            assertEquals(expected, selected.stream().sorted().toList(), saved.name());
        }
        assertEquals(7, segments.all().size());
    }
}
