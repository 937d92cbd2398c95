package app.clientele.persistence;

import app.clientele.domain.BackupFile;
import app.clientele.domain.BackupPreview;
import app.clientele.domain.BackupStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Backups of the database as zip files holding the database file (encrypted if the database is)
 * and the folder's encryption settings. Every backup is opened after writing to prove it works.
 * Automatic backups go to {@code backups/} at most once a day and are rotated: the newest of each
 * of the last 7 days, 4 weeks and 12 months are kept.
 */
public final class Backups implements BackupStore {
    public static final String FOLDER_NAME = "backups";
    static final String AUTOMATIC_PREFIX = "clientele-";
    /** The tables a preview counts; those a backup does not have yet count as absent. */
    public static final List<String> PREVIEW_TABLES = List.of("client", "interaction", "follow_up");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final String DATABASE_ENTRY = Database.FILE_BASE_NAME + ".mv.db";

    private final Database database;
    private final Clock clock;

    public Backups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Path folder() {
        return database.folder().resolve(FOLDER_NAME);
    }

    Instant now() {
        return clock.instant();
    }

    @Override
    public Optional<Path> backUpIfDue() {
        LocalDate today = LocalDate.now(clock);
        if (list().stream().anyMatch(backup -> backup.automatic() && backup.takenAt().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        Path backup = backUpTo(folder().resolve(AUTOMATIC_PREFIX + STAMP.format(LocalDateTime.now(clock)) + ".zip"));
        rotate();
        return Optional.of(backup);
    }

    /**
     * Writes a verified backup to {@code target}. It is written beside the database first and moved
     * to the target only once it has been opened successfully, so a target file is never partial.
     */
    @Override
    public Path backUpTo(Path target) {
        try (TemporaryFolder work = TemporaryFolder.in(database.folder())) {
            Path raw = work.path().resolve("raw.zip");
            database.jdbi().useHandle(handle -> handle.createUpdate("BACKUP TO :file")
                    .bind("file", raw.toAbsolutePath().toString()).execute());
            Path packed = work.path().resolve("backup.zip");
            repack(raw, packed);
            preview(packed, database.key());
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.move(packed, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new BackupException(e, target);
        }
    }

    /** H2's backup holds the database file; ours adds the encryption settings the key needs. */
    private void repack(Path raw, Path packed) throws IOException {
        try (ZipFile source = new ZipFile(raw.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(packed))) {
            ZipEntry databaseFile = source.getEntry(DATABASE_ENTRY);
            if (databaseFile == null) {
                throw new IOException("H2's backup lacks " + DATABASE_ENTRY);
            }
            out.putNextEntry(new ZipEntry(DATABASE_ENTRY));
            try (InputStream in = source.getInputStream(databaseFile)) {
                in.transferTo(out);
            }
            Path settings = database.folder().resolve(Encryption.FILE_NAME);
            if (Files.isRegularFile(settings)) {
                out.putNextEntry(new ZipEntry(Encryption.FILE_NAME));
                Files.copy(settings, out);
            }
        }
    }

    @Override
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(file -> file.getFileName().toString().endsWith(".zip"))
                    .map(this::describe)
                    .sorted(Comparator.comparing(BackupFile::takenAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BackupFile describe(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(AUTOMATIC_PREFIX)) {
            try {
                String stamp = name.substring(AUTOMATIC_PREFIX.length(), name.length() - ".zip".length());
                return new BackupFile(file, LocalDateTime.parse(stamp, STAMP), true);
            } catch (DateTimeParseException notOurs) {
                // Named like ours but not written by us: keep it, dated by the file.
            }
        }
        return new BackupFile(file, modified(file), false);
    }

    private LocalDateTime modified(Path file) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the automatic backups the rotation no longer keeps. */
    void rotate() {
        List<BackupFile> automatic = list().stream().filter(BackupFile::automatic).toList();
        for (BackupFile backup : expired(automatic)) {
            try {
                Files.deleteIfExists(backup.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The backups to delete: all but the newest of each of the last 7 days, 4 weeks and 12 months. */
    static List<BackupFile> expired(List<BackupFile> backups) {
        List<BackupFile> newestFirst = backups.stream()
                .sorted(Comparator.comparing(BackupFile::takenAt).reversed()).toList();
        Set<BackupFile> kept = new HashSet<>();
        kept.addAll(newestPer(newestFirst, backup -> backup.takenAt().toLocalDate(), 7));
        kept.addAll(newestPer(newestFirst, backup -> backup.takenAt().getYear() * 100
                + backup.takenAt().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 4));
        kept.addAll(newestPer(newestFirst, backup -> backup.takenAt().getYear() * 100
                + backup.takenAt().getMonthValue(), 12));
        return newestFirst.stream().filter(backup -> !kept.contains(backup)).toList();
    }

    private static List<BackupFile> newestPer(List<BackupFile> newestFirst, Function<BackupFile, Object> period,
                                              int periods) {
        Map<Object, BackupFile> newest = new LinkedHashMap<>();
        for (BackupFile backup : newestFirst) {
            if (newest.size() == periods && !newest.containsKey(period.apply(backup))) {
                break;
            }
            newest.putIfAbsent(period.apply(backup), backup);
        }
        return new ArrayList<>(newest.values());
    }

    @Override
    public boolean needsPassword(Path backup) {
        if (!isEncrypted(backup)) {
            return false;
        }
        try {
            preview(backup, database.key());
            return false;
        } catch (WrongPasswordException notTheCurrentPassword) {
            return true;
        }
    }

    @Override
    public BackupPreview preview(Path backup, char[] password) {
        return preview(backup, keyOf(backup, password));
    }

    @Override
    public Path restore(Path backup, char[] password) {
        return restore(backup, keyOf(backup, password));
    }

    private DatabaseKey keyOf(Path backup, char[] password) {
        return password == null ? database.key() : keyFor(backup, password);
    }

    /**
     * Opens a backup (without changing it) and reads what it holds.
     *
     * @param key the key for an encrypted backup, or null
     * @throws WrongPasswordException when the backup is encrypted and the key does not fit
     */
    BackupPreview preview(Path backup, DatabaseKey key) {
        try (TemporaryFolder work = TemporaryFolder.in(database.folder())) {
            extract(backup, work.path());
            JdbcConnectionPool pool = Database.connect(work.path(), Encryption.isEncrypted(work.path()) ? key : null);
            try (Connection connection = pool.getConnection()) {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (String table : PREVIEW_TABLES) {
                    if (hasTable(connection, table)) {
                        counts.put(table, count(connection, table));
                    }
                }
                return new BackupPreview(describe(backup).takenAt(), schemaVersion(connection), counts);
            } finally {
                pool.dispose();
            }
        } catch (IOException | SQLException e) {
            throw new BackupException(e, backup);
        }
    }

    boolean isEncrypted(Path backup) {
        return readEntry(backup, DATABASE_ENTRY, Encryption::startsEncrypted);
    }

    /** The key for a backup's password, from the encryption settings the backup carries. */
    DatabaseKey keyFor(Path backup, char[] password) {
        return readEntry(backup, Encryption.FILE_NAME, Encryption::read).key(password);
    }

    private interface EntryReader<T> {
        T read(InputStream entry) throws IOException;
    }

    private static <T> T readEntry(Path backup, String name, EntryReader<T> reader) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException("not a Clientele backup: no " + name + " inside");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return reader.read(in);
            }
        } catch (IOException e) {
            throw new BackupException(e, backup);
        }
    }

    /**
     * Replaces the database with a backup. A safety backup of the current state is made first;
     * the backup's file is then moved into place in one step and upgraded if it is older.
     *
     * @return the safety backup
     */
    Path restore(Path backup, DatabaseKey key) {
        int version = preview(backup, key).schemaVersion();
        if (version > database.latestSchemaVersion()) {
            throw new NewerDatabaseException(version, database.latestSchemaVersion());
        }
        Path safety = backUpTo(folder().resolve("before-restore-" + STAMP.format(LocalDateTime.now(clock)) + ".zip"));
        try (TemporaryFolder work = TemporaryFolder.in(database.folder())) {
            extract(backup, work.path());
            DatabaseKey restoredKey = Encryption.isEncrypted(work.path()) ? key : null;
            database.whileClosed(restoredKey, dataFolder -> {
                Path settings = work.path().resolve(Encryption.FILE_NAME);
                if (Files.isRegularFile(settings)) {
                    Files.copy(settings, dataFolder.resolve(Encryption.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(Database.fileFor(work.path()), Database.fileFor(dataFolder),
                        StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            });
        } catch (IOException e) {
            throw new BackupException(e, backup);
        }
        return safety;
    }

    @Override
    public boolean isDatabaseFileMissing() {
        return !Files.exists(Database.fileFor(database.folder()));
    }

    @Override
    public Optional<Path> rescueIfMissing() {
        if (!isDatabaseFileMissing()) {
            return Optional.empty();
        }
        // The open database still holds everything saved: dump it, rebuild a file from the dump
        // beside the data folder's, and only then close the old one and move the new one in.
        try (TemporaryFolder work = TemporaryFolder.in(database.folder())) {
            Path script = work.path().resolve("rescue.sql");
            database.jdbi().useHandle(handle -> scriptCommand(handle, "SCRIPT TO :file", script).execute());
            Path rebuilt = Files.createDirectory(work.path().resolve("rebuilt"));
            JdbcConnectionPool pool = Database.connect(rebuilt, database.key());
            try {
                Jdbi.create(pool).useHandle(handle ->
                        scriptCommand(handle, "RUNSCRIPT FROM :file", script).execute());
            } finally {
                pool.dispose();
            }
            database.whileClosed(database.key(), dataFolder -> Files.move(Database.fileFor(rebuilt),
                    Database.fileFor(dataFolder), StandardCopyOption.ATOMIC_MOVE));
        } catch (IOException e) {
            throw new BackupException(e, Database.fileFor(database.folder()));
        }
        return Optional.of(backUpTo(folder().resolve("rescued-" + STAMP.format(LocalDateTime.now(clock)) + ".zip")));
    }

    /** A SCRIPT or RUNSCRIPT statement; the dump is encrypted when the database is. */
    private Update scriptCommand(Handle handle, String command, Path file) {
        DatabaseKey key = database.key();
        return handle.createUpdate(command + (key == null ? "" : " CIPHER AES PASSWORD :password"))
                .bind("file", file.toAbsolutePath().toString())
                .bind("password", key == null ? null : new String(key.filePassword()));
    }

    private static void extract(Path backup, Path folder) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry databaseFile = zip.getEntry(DATABASE_ENTRY);
            if (databaseFile == null) {
                throw new IOException("not a Clientele backup: no " + DATABASE_ENTRY + " inside");
            }
            copy(zip, databaseFile, Database.fileFor(folder));
            ZipEntry settings = zip.getEntry(Encryption.FILE_NAME);
            if (settings != null) {
                copy(zip, settings, folder.resolve(Encryption.FILE_NAME));
            }
        }
    }

    private static void copy(ZipFile zip, ZipEntry entry, Path target) throws IOException {
        try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    private static boolean hasTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = ?")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        }
    }

    /** Table names come from {@link #PREVIEW_TABLES}, never from the user. */
    private static long count(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static int schemaVersion(Connection connection) throws SQLException {
        if (!hasTable(connection, "schema_version")) {
            return 0;
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(MAX(version), 0) FROM schema_version");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }
}
