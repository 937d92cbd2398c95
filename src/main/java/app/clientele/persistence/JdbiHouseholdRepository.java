package app.clientele.persistence;

import app.clientele.domain.ClienteleException;
import app.clientele.domain.ClientKind;
import app.clientele.domain.Household;
import app.clientele.domain.HouseholdRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Households in {@code household} and {@code household_member}; the first member by sort order is the main contact. */
public final class JdbiHouseholdRepository implements HouseholdRepository {
    private static final String MEMBERS = """
            SELECT m.household_id, h.version, h.name, c.id, c.display_name, c.family_name, c.given_name, c.name_order,
                   c.honorific, c.nickname, c.street, c.unit, c.city, c.region, c.postcode, c.country, c.jibun
            FROM household_member m JOIN household h ON h.id = m.household_id JOIN client c ON c.id = m.client_id""";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbiHouseholdRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Optional<Household> ofClient(long clientId) {
        return jdbi.withHandle(handle -> householdOf(handle, clientId).flatMap(id -> read(handle, id)));
    }

    @Override
    public Household start(long clientId) {
        return jdbi.inTransaction(handle -> {
            requirePerson(handle, clientId);
            leave(handle, clientId);
            Instant now = now();
            long id = handle.createUpdate("INSERT INTO household (version, created_at, updated_at) VALUES (0, :now, :now)")
                    .bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertMember(handle, id, clientId, 0);
            return read(handle, id).orElseThrow();
        });
    }

    @Override
    public Household add(long householdId, long clientId) {
        return jdbi.inTransaction(handle -> {
            requirePerson(handle, clientId);
            if (read(handle, householdId).isEmpty()) {
                throw new ClienteleException("households.error.gone");
            }
            if (householdOf(handle, clientId).filter(id -> id == householdId).isEmpty()) {
                leave(handle, clientId);
                int next = handle.createQuery(
                                "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM household_member WHERE household_id = :id")
                        .bind("id", householdId).mapTo(Integer.class).one();
                insertMember(handle, householdId, clientId, next);
            }
            return read(handle, householdId).orElseThrow();
        });
    }

    @Override
    public void leave(long clientId) {
        jdbi.useTransaction(handle -> leave(handle, clientId));
    }

    /** Takes a client out of their household, and removes a household nobody is left in. */
    private static void leave(Handle handle, long clientId) {
        Optional<Long> household = householdOf(handle, clientId);
        if (household.isEmpty()) {
            return;
        }
        handle.createUpdate("DELETE FROM household_member WHERE client_id = :client").bind("client", clientId).execute();
        handle.createUpdate("""
                        DELETE FROM household WHERE id = :id
                          AND NOT EXISTS (SELECT 1 FROM household_member m WHERE m.household_id = :id)""")
                .bind("id", household.get()).execute();
    }

    @Override
    public Household makeMain(long clientId) {
        return jdbi.inTransaction(handle -> {
            long household = householdOf(handle, clientId).orElseThrow(() -> new ClienteleException("households.error.gone"));
            handle.createUpdate("""
                            UPDATE household_member SET sort_order = (
                                SELECT MIN(o.sort_order) - 1 FROM household_member o WHERE o.household_id = :household)
                            WHERE client_id = :client""")
                    .bind("household", household).bind("client", clientId).execute();
            return read(handle, household).orElseThrow();
        });
    }

    @Override
    public Household rename(Household household, String name) {
        return jdbi.inTransaction(handle -> {
            Household renamed = new Household(household.id(), household.version() + 1, name, household.members());
            int changed = handle.createUpdate("""
                            UPDATE household SET name = :name, version = version + 1, updated_at = :now
                            WHERE id = :id AND version = :version""")
                    .bind("name", renamed.name()).bind("now", now())
                    .bind("id", household.id()).bind("version", household.version())
                    .execute();
            if (changed == 0) {
                throw new ClienteleException("households.error.stale");
            }
            return read(handle, household.id()).orElseThrow();
        });
    }

    @Override
    public Map<Long, Household> byClient() {
        return jdbi.withHandle(handle -> {
            Map<Long, Household> byClient = new HashMap<>();
            for (Household household : readMembers(handle, "", Map.of()).values()) {
                household.members().forEach(member -> byClient.put(member.clientId(), household));
            }
            return byClient;
        });
    }

    private static Optional<Household> read(Handle handle, long householdId) {
        return Optional.ofNullable(readMembers(handle, " WHERE m.household_id = :id", Map.of("id", householdId))
                .get(householdId));
    }

    /** Households with their members in order, by household id. */
    private static Map<Long, Household> readMembers(Handle handle, String filter, Map<String, Object> binds) {
        Map<Long, Household> shells = new LinkedHashMap<>();
        Map<Long, List<Household.Member>> members = new HashMap<>();
        handle.createQuery(MEMBERS + filter + " ORDER BY m.household_id, m.sort_order, c.id")
                .bindMap(binds)
                .map((row, context) -> {
                    long household = row.getLong("household_id");
                    shells.putIfAbsent(household, new Household(household, row.getInt("version"), row.getString("name"),
                            List.of()));
                    return Map.entry(household, new Household.Member(row.getLong("id"),
                            JdbiClientRepository.readName(row), JdbiClientRepository.readAddress(row)));
                })
                .forEach(member -> members.computeIfAbsent(member.getKey(), k -> new ArrayList<>()).add(member.getValue()));
        Map<Long, Household> households = new LinkedHashMap<>();
        shells.forEach((id, shell) -> households.put(id,
                new Household(id, shell.version(), shell.name(), members.get(id))));
        return households;
    }

    private static Optional<Long> householdOf(Handle handle, long clientId) {
        return handle.createQuery("SELECT household_id FROM household_member WHERE client_id = :client")
                .bind("client", clientId).mapTo(Long.class).findOne();
    }

    private static void insertMember(Handle handle, long householdId, long clientId, int sortOrder) {
        handle.createUpdate("""
                        INSERT INTO household_member (client_id, household_id, sort_order)
                        VALUES (:client, :household, :sort_order)""")
                .bind("client", clientId).bind("household", householdId).bind("sort_order", sortOrder).execute();
    }

    private static void requirePerson(Handle handle, long clientId) {
        Optional<String> kind = handle.createQuery("SELECT kind FROM client WHERE id = :id")
                .bind("id", clientId).mapTo(String.class).findOne();
        if (kind.isEmpty()) {
            throw new ClienteleException("error.clientGone");
        }
        if (ClientKind.valueOf(kind.get()) != ClientKind.PERSON) {
            throw new ClienteleException("households.error.notAPerson");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
