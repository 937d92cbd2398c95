package app.clientele.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.ClienteleException;
import app.clientele.persistence.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @Test
    void noCommand_opensTheWindowWithTheDataOption() {
        CommandLine line = CommandLine.parse(List.of("--data", "/tmp/x"));
        assertTrue(line.opensWindow());
        assertEquals("/tmp/x", line.option("data"));
    }

    @Test
    void subCommand_withArgumentsFlagsAndOptions() {
        CommandLine line = CommandLine.parse(List.of("import", "contacts.vcf", "--dry-run", "--format=vcard"));
        assertEquals("import", line.command());
        assertEquals(List.of("contacts.vcf"), line.arguments());
        assertTrue(line.flag("dry-run"));
        assertEquals("vcard", line.option("format"));
    }

    @Test
    void optionWithoutItsValue_isAUsageError() {
        ClienteleException error = assertThrows(ClienteleException.class, () -> CommandLine.parse(List.of("--data")));
        assertEquals("cli.error.missingValue", error.messageKey());
    }

    @Test
    void help_printsUsageAndUnknownCommand_fails() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(Cli.OK, cli.run(CommandLine.parse(List.of("--help"))));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--data DIR"));

        assertEquals(Cli.USAGE, cli.run(CommandLine.parse(List.of("frobnicate"))));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("frobnicate"));
    }

    @Test
    void subCommandWithHelp_printsUsageAndDoesNothing(@TempDir Path data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertEquals(Cli.OK, cli.run(CommandLine.parse(List.of("demo", "--help", "--data", data.toString()))));

        assertTrue(out.toString(StandardCharsets.UTF_8).contains("demo"), out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(Database.fileFor(data)), "no sample data was made");
    }
}
