package app.clientele.exchange;

import app.clientele.domain.CustomField;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/**
 * What a contact file turned out to be: vCard or CSV, its character set, and for CSV its
 * delimiter, header and recognised layout.
 */
public record ContactFileInfo(Path file, FileKind kind, Charset charset, char delimiter, List<String> header,
                              CsvKind csvKind, long size) {
    public ContactFileInfo {
        header = List.copyOf(header);
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** Whether the file needs the user to say what each column holds. */
    public boolean needsMapping() {
        return kind == FileKind.CSV && csvKind == CsvKind.OTHER;
    }

    /** The mapping guessed from the column names and the firm's own fields, for files in no known layout. */
    public List<ColumnTarget> guessedMapping(List<CustomField> fields) {
        return header.stream().map(column -> ColumnTarget.guess(column, fields)).toList();
    }
}
