package app.clientele.viewmodel.data;

import app.clientele.domain.Client;
import app.clientele.domain.ClientDossiers;
import app.clientele.domain.ClientRepository;
import app.clientele.domain.Trash;
import app.clientele.exchange.DossierJson;
import app.clientele.exchange.ExportFormat;
import app.clientele.exchange.Exporter;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dialogs;
import app.clientele.viewmodel.ErrorMessages;
import app.clientele.viewmodel.TaskRunner;
import app.clientele.viewmodel.clients.ClientsViewModel;
import app.clientele.viewmodel.exchange.TaskProgress;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * A client's rights over their data: a copy of everything held about them (JSON and vCard), and
 * erasure of every row about them.
 */
public final class ClientPrivacyViewModel {
    private final ClientDossiers dossiers;
    private final Exporter exporter;
    private final ClientRepository repository;
    private final Trash trash;
    private final ClientsViewModel clients;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final Texts texts;
    private final Clock clock;

    public ClientPrivacyViewModel(ClientDossiers dossiers, Exporter exporter, ClientRepository repository, Trash trash,
                                  ClientsViewModel clients, TaskRunner tasks, Dialogs dialogs, Texts texts, Clock clock) {
        this.dossiers = dossiers;
        this.exporter = exporter;
        this.repository = repository;
        this.trash = trash;
        this.clients = clients;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.clock = clock;
    }

    /** Writes everything held about the open client to a JSON file the user picks, and a vCard beside it. */
    public void exportEverything() {
        Client client = clients.form().loadedProperty().get();
        if (client == null) {
            return;
        }
        dialogs.chooseFileToSave(texts.get("privacy.export.title"), fileName(client) + ".json", "*.json")
                .ifPresent(json -> run("task.exportDossier", progress -> {
                    Path vcard = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", "") + ".vcf");
                    writeJson(client.id(), json);
                    exporter.export(List.of(client.id()), ExportFormat.VCARD, vcard, new TaskProgress(progress));
                    return List.of(json, vcard);
                }, written -> dialogs.showInfo(texts.get("privacy.export.done", written.get(0), written.get(1)))));
    }

    /** Deletes every row about the open client for good, after a clear warning. */
    public void erase() {
        Client client = clients.form().loadedProperty().get();
        if (client == null || !dialogs.confirm(texts.get("privacy.erase.title"),
                texts.get("privacy.erase.message", client.displayName()), texts.get("privacy.erase.confirm"))) {
            return;
        }
        run("task.erase", progress -> {
            repository.delete(client.id());
            trash.forget(client.id());
            return client.id();
        }, erased -> {
            clients.removeFromList(erased);
            dialogs.showInfo(texts.get("privacy.erase.done", client.displayName()));
        });
    }

    /** Written beside the target and moved in place, so the file is complete or absent. */
    private void writeJson(long clientId, Path target) throws java.io.IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(part)) {
            DossierJson.write(dossiers.read(clientId), clock.instant(), out);
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The client's name without the characters file systems refuse. */
    static String fileName(Client client) {
        return client.displayName().replaceAll("[\\\\/:*?\"<>|]", "_") + " (" + client.id() + ")";
    }

    private <T> void run(String titleKey, TaskRunner.Work<T> work, Consumer<T> onSuccess) {
        tasks.run(texts.get(titleKey), work, onSuccess::accept, failure -> {
            if (!(failure instanceof CancellationException)) {
                dialogs.showError(ErrorMessages.describe(failure, texts));
            }
        });
    }
}
