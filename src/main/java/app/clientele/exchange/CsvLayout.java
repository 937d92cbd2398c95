package app.clientele.exchange;

import app.clientele.domain.Client;
import java.util.List;

/** How clients are laid out in the columns of a CSV file: a header, and the rules for each row. */
interface CsvLayout {
    /** The header written on export, and looked for on import. */
    List<String> header();

    /** A client's cells, in the order of {@link #header()}. */
    List<String> write(Client client);

    /** The contact a data row describes. */
    ContactRecord read(CsvRow row);
}
