package app.clientele.exchange;

import app.clientele.domain.Client;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.CustomField;
import app.clientele.domain.ExchangeRepository;
import ezvcard.VCardVersion;
import ezvcard.io.text.VCardWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes clients to a contact file. The file is written beside the target under a temporary name
 * and moved into place at the end, so the target is either complete or untouched, also when the
 * export is cancelled or fails.
 */
public final class Exporter {
    private static final int PROGRESS_EVERY = 100;
    private final ExchangeRepository repository;

    public Exporter(ExchangeRepository repository) {
        this.repository = repository;
    }

    /** The ids of the clients a filter shows, in the given order of their summaries. */
    public static List<Long> idsMatching(List<ClientSummary> summaries, ClientFilter filter,
                                         Comparator<ClientSummary> order) {
        return summaries.stream().filter(filter.matcher()).sorted(order).map(ClientSummary::id).toList();
    }

    /** Writes the clients with these ids, in this order; returns how many were written. */
    public int export(List<Long> ids, ExportFormat format, Path target, Progress progress) {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            int written;
            List<CustomField> fields = repository.customFields();
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                written = switch (format) {
                    case VCARD -> writeVCards(ids, fields, VCardVersion.V4_0, out, progress);
                    case VCARD3 -> writeVCards(ids, fields, VCardVersion.V3_0, out, progress);
                    case CSV -> writeCsv(ids, new OwnCsvLayout(fields), out, progress);
                    case CSV_GOOGLE -> writeCsv(ids, GoogleCsvLayout.current(), out, progress);
                    case CSV_OUTLOOK -> writeCsv(ids, new OutlookCsvLayout(), out, progress);
                };
            }
            moveIntoPlace(partial, target);
            partial = null;
            return written;
        } catch (IOException | UncheckedIOException e) {
            throw new ExchangeException(e, "export.error.write", target.toString(), e.getMessage());
        } finally {
            deleteQuietly(partial);
        }
    }

    /** RFC 4180 with CRLF line ends, after a UTF-8 byte-order mark so Excel reads Korean names right. */
    private int writeCsv(List<Long> ids, CsvLayout layout, Writer out, Progress progress) throws IOException {
        out.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get());
        printer.printRecord(layout.header());
        int[] written = {0};
        forEach(ids, progress, client -> {
            try {
                printer.printRecord(layout.write(client));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written[0]++;
        });
        printer.flush();
        return written[0];
    }

    private int writeVCards(List<Long> ids, List<CustomField> fields, VCardVersion version, Writer out,
                            Progress progress) throws IOException {
        VCardWriter writer = new VCardWriter(new BufferedWriter(out), version);
        writer.setAddProdId(false);
        int[] written = {0};
        forEach(ids, progress, client -> {
            try {
                writer.write(VCardMapping.toVCard(client, fields, version));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written[0]++;
        });
        writer.flush();
        return written[0];
    }

    private void forEach(List<Long> ids, Progress progress, java.util.function.Consumer<Client> write) {
        int[] done = {0};
        progress.update(0, ids.size());
        repository.forEachClient(ids, client -> {
            progress.checkCancelled();
            write.accept(client);
            if (++done[0] % PROGRESS_EVERY == 0) {
                progress.update(done[0], ids.size());
            }
        });
        progress.update(ids.size(), ids.size());
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover hidden .part file is harmless; the export's own failure is what matters.
            }
        }
    }
}
