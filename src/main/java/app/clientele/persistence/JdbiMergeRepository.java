package app.clientele.persistence;

import app.clientele.domain.Client;
import app.clientele.domain.MergeRepository;
import app.clientele.domain.StaleDataException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Merges clients in one transaction, moving the rows of every {@link ClientOwnedTables client-owned table}. */
public final class JdbiMergeRepository implements MergeRepository {
    private final Jdbi jdbi;
    private final Clock clock;
    private final List<ClientOwnedTable> tables;

    public JdbiMergeRepository(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, ClientOwnedTables.ALL);
    }

    JdbiMergeRepository(Jdbi jdbi, Clock clock, List<ClientOwnedTable> tables) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.tables = List.copyOf(tables);
    }

    @Override
    public MergeReceipt merge(Client merged, Client removed) {
        long keptId = merged.id();
        long removedId = removed.id();
        if (keptId == removedId) {
            throw new IllegalArgumentException("a client cannot be merged with itself");
        }
        return jdbi.inTransaction(handle -> {
            Map<Long, Client> before = JdbiExchangeRepository.readClients(handle, List.of(keptId, removedId));
            Client keptBefore = before.get(keptId);
            Client removedBefore = before.get(removedId);
            if (keptBefore == null || keptBefore.version() != merged.version()) {
                throw new StaleDataException(keptId);
            }
            if (removedBefore == null || removedBefore.version() != removed.version()) {
                throw new StaleDataException(removedId);
            }
            JdbiClientRepository.update(handle, merged, now());
            List<MovedRows> moved = new ArrayList<>();
            for (ClientOwnedTable table : tables) {
                if (!table.partOfRecord()) {
                    moved.add(table.moveRows(handle, removedId, keptId));
                }
            }
            handle.createUpdate("DELETE FROM client WHERE id = :id").bind("id", removedId).execute();
            ClientActivity.refresh(handle, List.of(keptId));
            return new MergeReceipt(keptBefore, removedBefore, merged.version() + 1, moved);
        });
    }

    @Override
    public void undo(MergeReceipt receipt) {
        Client kept = receipt.keptBefore();
        Client removed = receipt.removedBefore();
        jdbi.useTransaction(handle -> {
            restore(handle, kept, receipt.keptVersionAfter());
            insertExactly(handle, removed);
            for (MovedRows rows : receipt.moved()) {
                tables.stream().filter(table -> table.table().equals(rows.table())
                                && table.clientColumn().equals(rows.clientColumn()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no client-owned table " + rows.table()))
                        .undo(handle, rows, removed.id(), kept.id());
            }
            ClientActivity.refresh(handle, List.of(kept.id(), removed.id()));
        });
    }

    /** Writes a client back as it was, version and times included, if nobody changed it since the merge. */
    private static void restore(Handle handle, Client client, int expectedVersion) {
        int changed = JdbiClientRepository.bindClient(handle.createUpdate(
                        "UPDATE client SET version = :old_version, created_at = :created_at, updated_at = :updated_at, "
                                + "created_by = :created_by, updated_by = :updated_by, ("
                                + JdbiClientRepository.CLIENT_COLUMNS + ") = (" + JdbiClientRepository.CLIENT_VALUES
                                + ") WHERE id = :id AND version = :version"), client)
                .bind("old_version", client.version())
                .bind("created_at", client.createdAt())
                .bind("updated_at", client.updatedAt())
                .bind("created_by", client.createdBy())
                .bind("updated_by", client.updatedBy())
                .bind("id", client.id())
                .bind("version", expectedVersion)
                .execute();
        if (changed == 0) {
            throw new StaleDataException(client.id());
        }
        JdbiClientRepository.deleteChildren(handle, client.id());
        JdbiClientRepository.insertChildren(handle, client.id(), client);
    }

    /** Inserts a deleted client again under its old id, version and times. */
    private static void insertExactly(Handle handle, Client client) {
        JdbiClientRepository.bindClient(handle.createUpdate(
                        "INSERT INTO client (id, version, created_at, updated_at, created_by, updated_by, "
                                + JdbiClientRepository.CLIENT_COLUMNS
                                + ") VALUES (:id, :version, :created_at, :updated_at, :created_by, :updated_by, "
                                + JdbiClientRepository.CLIENT_VALUES + ")"), client)
                .bind("id", client.id())
                .bind("version", client.version())
                .bind("created_at", client.createdAt())
                .bind("updated_at", client.updatedAt())
                .bind("created_by", client.createdBy())
                .bind("updated_by", client.updatedBy())
                .execute();
        JdbiClientRepository.insertChildren(handle, client.id(), client);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
