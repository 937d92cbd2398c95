package app.clientele.exchange;

import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldRepository.FieldValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Keeps a copy of a field's values before the field is removed: a CSV file in the data folder's
 * backups, with each client's number, name and value, which a spreadsheet opens and which can be
 * imported again through the column-mapping step.
 */
public final class CustomFieldBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private CustomFieldBackup() {
    }

    /**
     * Writes {@code custom-field-<name>-<UTC time>.csv} into the folder (made if missing); returns the file.
     *
     * @throws ExchangeException when it cannot be written completely; no partial file is left
     */
    public static Path write(Path folder, CustomField field, List<FieldValue> values, Instant now) {
        Path file = folder.resolve("custom-field-" + field.name().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-"
                + STAMP.format(now) + ".csv");
        boolean created = false;
        try {
            Files.createDirectories(folder);
            Files.createFile(file);
            created = true;
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.WRITE)) {
                out.write('\uFEFF');
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().get());
                printer.printRecord("Client no.", "Client", field.name());
                for (FieldValue value : values) {
                    printer.printRecord(value.client().id(), value.client().displayName(), value.value());
                }
                printer.flush();
            }
            return file;
        } catch (IOException | UncheckedIOException e) {
            try {
                if (created) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // The failure to write is what the user must hear about.
            }
            throw new ExchangeException(e, "fields.error.backup", file.toString(), String.valueOf(e.getMessage()));
        }
    }
}
