package app.clientele.exchange;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiExchangeRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export opened in a real spreadsheet (LibreOffice Calc, where installed): phone numbers keep
 * their leading zero and Korean names stay readable. Skipped on machines without LibreOffice.
 */
class SpreadsheetTest {
    @TempDir
    Path folder;

    private static Path soffice() {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst().orElse(null);
    }

    private void convert(Path soffice, Path file, String format, Path outDir) throws Exception {
        Process process = new ProcessBuilder(soffice.toString(), "--headless",
                "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                "--infilter=CSV:44,34,76,1", "--convert-to", format, file.toString(), "--outdir", outDir.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish");
    }

    @Test
    void clienteleCsv_openedInCalc_keepsLeadingZerosAndKoreanNames() throws Exception {
        Path soffice = soffice();
        assumeTrue(soffice != null, "LibreOffice is not installed on this machine");
        List<Long> ids;
        try (Database database = Database.open(folder.resolve("data"))) {
            JdbiClientRepository clients = new JdbiClientRepository(database.jdbi(), Clock.systemUTC());
            ids = List.of(
                    clients.create(aClient().withName("박민수").withPhone("mobile", "01012345678").build()).id(),
                    clients.create(aClient().withName("Jane Doe").withPhone("work", "+82 2-123-4567").build()).id());
            new Exporter(new JdbiExchangeRepository(database.jdbi(), Clock.systemUTC()))
                    .export(ids, ExportFormat.CSV, folder.resolve("clients.csv"), Progress.NONE);
        }

        convert(soffice, folder.resolve("clients.csv"), "ods", folder.resolve("sheet"));
        convert(soffice, folder.resolve("sheet").resolve("clients.ods"), "csv", folder.resolve("back"));

        List<CSVRecord> rows;
        try (var reader = Files.newBufferedReader(folder.resolve("back").resolve("clients.csv"), StandardCharsets.UTF_8)) {
            rows = CSVFormat.RFC4180.parse(reader).getRecords();
        }
        int phones = OwnCsvLayout.HEADER.indexOf("Phones");
        assertEquals("01012345678", rows.get(1).get(phones));
        assertEquals("+82 2-123-4567", rows.get(2).get(phones));
        assertEquals("박민수", rows.get(1).get(0));
    }
}
