package app.clientele.exchange;

import app.clientele.domain.Strings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One data row of a CSV file, read by its header's column names. */
final class CsvRow {
    /** Multiple values in one cell, as Google Contacts writes them. */
    static final String MULTI_VALUE_SEPARATOR = " ::: ";

    private final Where where;
    private final List<String> header;
    private final Map<String, Integer> columns;
    private final List<String> values;

    CsvRow(Where where, List<String> header, Map<String, Integer> columns, List<String> values) {
        this.where = where;
        this.header = header;
        this.columns = columns;
        this.values = values;
    }

    Where where() {
        return where;
    }

    /** The cell under a column name (any case), stripped; null when blank or absent. */
    String get(String column) {
        Integer index = columns.get(CsvLayouts.columnKey(column));
        return index == null ? null : at(index);
    }

    /** The cell in a column by position; null when blank or beyond the row. */
    String at(int index) {
        return index < values.size() ? Strings.blankToNull(unwrapText(values.get(index))) : null;
    }

    String columnName(int index) {
        return header.get(index);
    }

    int width() {
        return values.size();
    }

    boolean isBlank() {
        return values.stream().allMatch(Strings::isBlank);
    }

    /** The values of a multi-valued cell ("a ::: b"). */
    static List<String> split(String cell) {
        if (Strings.isBlank(cell)) {
            return List.of();
        }
        return Arrays.stream(cell.split(" ?::: ?")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    /** The values of a multi-valued cell, blank ones included, so labels stay paired with their values. */
    static List<String> splitKeepingBlanks(String cell) {
        if (Strings.isBlank(cell)) {
            return List.of();
        }
        return Arrays.stream(cell.split(" ?::: ?", -1)).map(String::strip).toList();
    }

    /**
     * Spreadsheets keep ="0101234" as the text 0101234; Clientele writes phones that way (see
     * {@link OwnCsvLayout}) and reads the form back from any file.
     */
    static String unwrapText(String cell) {
        if (cell != null && cell.length() >= 3 && cell.startsWith("=\"") && cell.endsWith("\"")) {
            return cell.substring(2, cell.length() - 1).replace("\"\"", "\"");
        }
        return cell;
    }
}
