package app.clientele.benchmark;

import app.clientele.persistence.Database;
import app.clientele.persistence.OlderSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/**
 * A large data folder for the benchmarks: 100,000 clients, 1,000,000 interactions (a tenth of them
 * shared by two clients), 100,000 follow-ups and 2,000 own cadences over five years up to
 * {@link #TODAY} in Seoul. It is written with the schema of the Clientele before insights and then
 * upgraded, which measures the upgrade too. The folder is kept under {@code target/benchmark-data}
 * and reused; delete it to write it again.
 */
final class BenchmarkData {
    static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final int CLIENTS = 100_000;
    static final int INTERACTIONS = 1_000_000;
    static final int FOLLOW_UPS = 100_000;
    private static final int BATCH = 10_000;
    private static final String[] CHANNELS = {"MEETING", "PHONE_CALL", "EMAIL", "MESSAGE", "CHAT", "SOCIAL_MEDIA",
        "LETTER", "VISIT", "OTHER"};
    private static final String[] TYPES = {"NEW", "IMPULSE", "UNHAPPY", "PERSISTENT", "LOYAL"};
    private static final String[] REGIONS = {"서울특별시", "부산광역시", "경기도", "인천광역시", null};

    private BenchmarkData() {
    }

    /** The folder, written first if needed; returns how long the upgrade took then (or null when reused). */
    static Prepared prepare(Path folder) throws SQLException, IOException {
        Path done = folder.resolve("complete");
        if (Files.exists(done)) {
            return new Prepared(folder, null, null);
        }
        long started = System.nanoTime();
        deleteUnfinished(folder);
        Files.createDirectories(folder);
        Database.open(folder, null, OlderSchemas.before("__insights")).close();
        // Plain H2 defaults while loading: the app's WRITE_DELAY=0 would sync after every batch.
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + folder.toAbsolutePath().resolve(Database.FILE_BASE_NAME), "clientele", "")) {
            connection.setAutoCommit(false);
            Random random = new Random(2026);
            writeClients(connection, random);
            writeInteractions(connection, random);
            writeFollowUps(connection, random);
            writeCadences(connection, random);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
        }
        Duration written = Duration.ofNanos(System.nanoTime() - started);
        long upgradeStarted = System.nanoTime();
        Database.open(folder).close();
        Duration upgrade = Duration.ofNanos(System.nanoTime() - upgradeStarted);
        Files.createFile(done);
        return new Prepared(folder, written, upgrade);
    }

    record Prepared(Path folder, Duration written, Duration upgrade) {
    }

    /** What an interrupted earlier run left behind. */
    private static void deleteUnfinished(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Instant now() {
        return TODAY.atTime(9, 0).atZone(ZONE).toInstant();
    }

    private static OffsetDateTime daysAgo(Random random, int maxDays) {
        return now().minus(Duration.ofMinutes(random.nextInt(maxDays * 24 * 60))).atOffset(ZoneOffset.UTC);
    }

    private static void writeClients(Connection connection, Random random) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO client (id, version, display_name, name_order, relationship, segment, internal,
                    customer_type, region, birth_month, birth_day, birth_year, birthday_lunar, birthday_leap_month,
                    source, account_owner, created_at, updated_at, archived)
                VALUES (?, 0, ?, 'GIVEN_FIRST', ?, ?, FALSE, ?, ?, ?, ?, ?, FALSE, FALSE, ?, ?, ?, ?, ?)""")) {
            for (int id = 1; id <= CLIENTS; id++) {
                OffsetDateTime created = daysAgo(random, 5 * 365);
                insert.setLong(1, id);
                insert.setString(2, "Client " + id);
                insert.setString(3, random.nextInt(3) == 0 ? "CUSTOMER" : "CLIENT");
                insert.setString(4, random.nextBoolean() ? "BUSINESS" : "INDIVIDUAL");
                insert.setString(5, TYPES[random.nextInt(TYPES.length)]);
                insert.setString(6, REGIONS[random.nextInt(REGIONS.length)]);
                insert.setInt(7, 1 + random.nextInt(12));
                insert.setInt(8, 1 + random.nextInt(28));
                insert.setInt(9, 1940 + random.nextInt(65));
                insert.setString(10, "source " + random.nextInt(6));
                insert.setString(11, "owner " + random.nextInt(4));
                insert.setObject(12, created);
                insert.setObject(13, created);
                insert.setBoolean(14, random.nextInt(50) == 0);
                insert.addBatch();
                if (id % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
        restartIdentity(connection, "client", CLIENTS);
    }

    private static void writeInteractions(Connection connection, Random random) throws SQLException {
        try (PreparedStatement interaction = connection.prepareStatement("""
                INSERT INTO interaction (id, version, occurred_at, channel, direction, subject, satisfaction,
                    created_at, updated_at)
                VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement participant = connection.prepareStatement("""
                INSERT INTO interaction_participant (interaction_id, client_id, sort_order, occurred_at)
                VALUES (?, ?, ?, ?)""")) {
            for (int id = 1; id <= INTERACTIONS; id++) {
                OffsetDateTime at = daysAgo(random, 5 * 365);
                interaction.setLong(1, id);
                interaction.setObject(2, at);
                interaction.setString(3, CHANNELS[random.nextInt(CHANNELS.length)]);
                interaction.setString(4, random.nextBoolean() ? "INBOUND" : "OUTBOUND");
                interaction.setString(5, "Subject " + id);
                if (random.nextInt(3) == 0) {
                    interaction.setInt(6, 1 + random.nextInt(5));
                } else {
                    interaction.setNull(6, Types.SMALLINT);
                }
                interaction.setObject(7, at);
                interaction.setObject(8, at);
                interaction.addBatch();
                int client = 1 + random.nextInt(CLIENTS);
                addParticipant(participant, id, client, 0, at);
                int other = 1 + random.nextInt(CLIENTS);
                if (random.nextInt(10) == 0 && other != client) {
                    addParticipant(participant, id, other, 1, at);
                }
                if (id % BATCH == 0) {
                    interaction.executeBatch();
                    participant.executeBatch();
                    // Small transactions: one of a million rows would keep a huge undo log.
                    connection.commit();
                }
            }
            interaction.executeBatch();
            participant.executeBatch();
        }
        restartIdentity(connection, "interaction", INTERACTIONS);
    }

    private static void addParticipant(PreparedStatement participant, long interaction, long client, int order,
                                       OffsetDateTime at) throws SQLException {
        participant.setLong(1, interaction);
        participant.setLong(2, client);
        participant.setInt(3, order);
        participant.setObject(4, at);
        participant.addBatch();
    }

    private static void writeFollowUps(Connection connection, Random random) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO follow_up (id, version, client_id, title, due_date, priority, status, completed_at,
                    created_at, updated_at)
                VALUES (?, 0, ?, 'Follow up', ?, 'NORMAL', ?, ?, ?, ?)""")) {
            for (int id = 1; id <= FOLLOW_UPS; id++) {
                LocalDate due = TODAY.minusDays(random.nextInt(730)).plusDays(60);
                OffsetDateTime created = due.minusDays(random.nextInt(30)).atTime(9, 0).atZone(ZONE)
                        .toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
                boolean past = due.isBefore(TODAY);
                String status = past && random.nextInt(10) > 0 ? (random.nextInt(20) == 0 ? "CANCELLED" : "DONE")
                        : "OPEN";
                OffsetDateTime completed = status.equals("OPEN") ? null
                        : due.plusDays(random.nextInt(10) - 5L).atTime(10, 0).atZone(ZONE).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC);
                insert.setLong(1, id);
                insert.setLong(2, 1 + random.nextInt(CLIENTS));
                insert.setObject(3, due);
                insert.setString(4, status);
                insert.setObject(5, completed);
                insert.setObject(6, created);
                insert.setObject(7, created);
                insert.addBatch();
                if (id % BATCH == 0) {
                    insert.executeBatch();
                    connection.commit();
                }
            }
            insert.executeBatch();
        }
        restartIdentity(connection, "follow_up", FOLLOW_UPS);
    }

    private static void writeCadences(Connection connection, Random random) throws SQLException {
        int[] choices = {14, 30, 180, 0};
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO client_cadence (client_id, every_days) VALUES (?, ?)")) {
            for (int id = 50; id <= CLIENTS; id += 50) {
                insert.setLong(1, id);
                insert.setInt(2, choices[random.nextInt(choices.length)]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void restartIdentity(Connection connection, String table, long highest) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (highest + 1));
        }
    }
}
