package app.clientele.viewmodel.data;

import static app.clientele.testutil.ClientBuilder.aKoreanClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.Client;
import app.clientele.exchange.Exporter;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientDossiers;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import app.clientele.persistence.JdbiTrash;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.UndoHistory;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.interactions.HistoryChanges;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientPrivacyViewModelTest {
    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Database database;
    private JdbiClientRepository repository;
    private JdbiTrash trash;
    private ClientsViewModel clients;
    private ClientPrivacyViewModel privacy;
    private Client minsu;

    @BeforeEach
    void open() {
        database = Database.open(folder);
        repository = new JdbiClientRepository(database.jdbi(), clock);
        trash = new JdbiTrash(database.jdbi(), clock);
        minsu = repository.create(aKoreanClient().build());
        database.jdbi().useHandle(handle -> {
            handle.execute("""
                    INSERT INTO interaction (id, version, occurred_at, channel, direction, subject, satisfaction,
                                             created_at, updated_at)
                    VALUES (1, 0, TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+09:00', 'PHONE', 'INBOUND',
                            '종합소득세 상담', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
            handle.execute("INSERT INTO interaction_participant VALUES (1, ?, 0, CURRENT_TIMESTAMP)", minsu.id());
            handle.execute("""
                    INSERT INTO follow_up (version, client_id, title, due_date, priority, status, created_at, updated_at)
                    VALUES (0, ?, '서류 보내기', DATE '2026-12-01', 'HIGH', 'OPEN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""",
                    minsu.id());
        });
        Texts texts = new Texts(Locale.ENGLISH);
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        clients = new ClientsViewModel(repository, new JdbiCustomFieldRepository(database.jdbi(), clock), trash,
                new UndoHistory(), new HistoryChanges(), tasks, dialogs, texts, new Dates(clock, texts));
        clients.load();
        privacy = new ClientPrivacyViewModel(new JdbiClientDossiers(database.jdbi()),
                new Exporter(new JdbiExchangeRepository(database.jdbi(), clock)), repository, trash, clients, tasks,
                dialogs, texts, clock);
        clients.select(clients.visibleClients().get(0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void exportEverything_writesEveryRecordAsJsonAndTheContactAsVcard() throws IOException {
        Path json = elsewhere.resolve("minsu.json");
        dialogs.answerFile(json);

        privacy.exportEverything();

        assertEquals(List.of("save:박민수 (" + minsu.id() + ").json"), dialogs.asked());
        String text = Files.readString(json, StandardCharsets.UTF_8);
        List<String> values = stringValues(json);
        assertTrue(values.containsAll(List.of("Clientele client dossier", "2026-11-29T10:00:00Z", "박민수",
                "minsu.park@hanbit.example", "010-1234-5678", "세종대로 110", "종합소득세 상담", "서류 보내기",
                "2026-12-01", "세무", "지인 소개")), values.toString());
        assertTrue(text.contains("\"satisfaction\" : 5"), text);
        String vcard = Files.readString(elsewhere.resolve("minsu.vcf"), StandardCharsets.UTF_8);
        assertTrue(vcard.contains("FN:박민수"), vcard);
        assertEquals(List.of("minsu.json", "minsu.vcf"), listing(elsewhere), "no partial file is left");
    }

    @Test
    void erase_deletesEveryRowAboutTheClientIncludingTheTrash() {
        dialogs.answerConfirm(true);

        privacy.erase();

        assertTrue(repository.find(minsu.id()).isEmpty());
        assertTrue(clients.visibleClients().isEmpty());
        assertTrue(clients.form().isNew());
        List<String> left = database.jdbi().withHandle(handle -> handle.createQuery("""
                SELECT (SELECT COUNT(*) FROM interaction) || '/' || (SELECT COUNT(*) FROM follow_up) || '/'
                    || (SELECT COUNT(*) FROM client_email) || '/' || (SELECT COUNT(*) FROM trash)""")
                .mapTo(String.class).list());
        assertEquals(List.of("0/0/0/0"), left);
        assertTrue(dialogs.infos().get(0).contains("older backups"));
    }

    @Test
    void erase_declined_changesNothing() {
        dialogs.answerConfirm(false);
        privacy.erase();
        assertTrue(repository.find(minsu.id()).isPresent());
    }

    private static List<String> stringValues(Path json) throws IOException {
        List<String> values = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json.toFile())) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    values.add(parser.getText());
                }
            }
        }
        return values;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
