package app.clientele.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The files Clientele writes, with the names the command line knows them by. */
public enum ExportFormat {
    CSV("csv", "csv"),
    CSV_GOOGLE("csv-google", "csv"),
    CSV_OUTLOOK("csv-outlook", "csv"),
    VCARD("vcard", "vcf"),
    VCARD3("vcard3", "vcf");

    private final String cliName;
    private final String extension;

    ExportFormat(String cliName, String extension) {
        this.cliName = cliName;
        this.extension = extension;
    }

    public String cliName() {
        return cliName;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ExportFormat> byCliName(String name) {
        return Arrays.stream(values()).filter(format -> format.cliName.equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
