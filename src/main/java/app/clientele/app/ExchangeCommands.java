package app.clientele.app;

import app.clientele.domain.ClientFilter;
import app.clientele.domain.ClientSummary;
import app.clientele.domain.ClienteleException;
import app.clientele.exchange.ColumnTarget;
import app.clientele.exchange.ContactField;
import app.clientele.exchange.ContactFileInfo;
import app.clientele.exchange.ContactFiles;
import app.clientele.exchange.ExportFormat;
import app.clientele.exchange.Exporter;
import app.clientele.exchange.FileKind;
import app.clientele.exchange.ImportRefusedException;
import app.clientele.exchange.Importer;
import app.clientele.exchange.Problem;
import app.clientele.exchange.Progress;
import app.clientele.i18n.Texts;
import app.clientele.text.Collation;
import app.clientele.viewmodel.exchange.ProblemMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The {@code export} and {@code import} sub-commands: contact files without the window. */
final class ExchangeCommands {
    private ExchangeCommands() {
    }

    /**
     * {@code clientele export --format F --out FILE [--query TEXT] [--tag TAG]}: the same clients the
     * search box shows; {@code --format ics} writes the birthday calendar instead.
     */
    static int export(CommandLine commandLine, Cli cli) throws IOException {
        Texts texts = cli.texts();
        String formatName = required(commandLine, "format");
        if ("ics".equalsIgnoreCase(formatName)) {
            Path out = Path.of(required(commandLine, "out")).toAbsolutePath();
            try (AppContext context = cli.openContext(commandLine)) {
                RemindersCommand.writeCalendar(context, out, LocalDate.now(context.clock()));
            }
            cli.out().println(texts.get("cli.export.calendar", out.toString()));
            return Cli.OK;
        }
        ExportFormat format = ExportFormat.byCliName(formatName)
                .orElseThrow(() -> new ClienteleException("cli.error.badFormat", formatName));
        Path out = Path.of(required(commandLine, "out")).toAbsolutePath();
        ClientFilter filter = new ClientFilter(commandLine.option("query"), null, null, commandLine.option("tag"), false);
        try (AppContext context = cli.openContext(commandLine)) {
            List<ClientSummary> summaries = context.clients().summaries();
            List<Long> ids = Exporter.idsMatching(summaries, filter,
                    Comparator.comparing(ClientSummary::displayName, Collation.forLocale(texts.locale())));
            int written = new Exporter(context.exchange()).export(ids, format, out, Progress.NONE);
            cli.out().println(texts.get("cli.export.done", written, out.toString()));
            return Cli.OK;
        }
    }

    /** {@code clientele import FILE [--format csv|vcard] [--dry-run] [--on-duplicate skip|update|create]}. */
    static int importFile(CommandLine commandLine, Cli cli) {
        Texts texts = cli.texts();
        if (commandLine.arguments().size() != 1) {
            throw new ClienteleException("cli.error.importFile");
        }
        Path file = Path.of(commandLine.arguments().get(0)).toAbsolutePath();
        Importer.DuplicateChoice onDuplicate = duplicateChoice(commandLine.option("on-duplicate"));
        ContactFileInfo info = ContactFiles.inspect(file);
        checkFormat(commandLine.option("format"), info);
        try (AppContext context = cli.openContext(commandLine)) {
            Importer importer = new Importer(context.exchange());
            List<ColumnTarget> mapping = info.needsMapping() ? checkedMapping(importer, info, cli) : null;
            Importer.Options options = new Importer.Options(mapping, onDuplicate, java.util.Map.of());
            if (commandLine.flag("dry-run")) {
                Importer.Preview preview = importer.preview(info, options, Progress.NONE);
                preview.problems().forEach(problem -> cli.err().println(describe(info, problem, texts)));
                cli.out().println(texts.get("cli.import.dryRun", preview.count(Importer.Action.CREATE),
                        preview.count(Importer.Action.UPDATE), preview.count(Importer.Action.UNCHANGED),
                        preview.count(Importer.Action.SKIP)));
                return preview.hasErrors() ? Cli.FAILED : Cli.OK;
            }
            try {
                Importer.Result result = importer.importFile(info, options, Progress.NONE);
                result.warnings().forEach(problem -> cli.err().println(describe(info, problem, texts)));
                cli.out().println(texts.get("cli.import.done", result.created(), result.updated(), result.unchanged(),
                        result.skipped(), info.fileName()));
                return Cli.OK;
            } catch (ImportRefusedException refused) {
                cli.err().println(describe(info, refused.problem(), texts) + " " + texts.get("cli.import.nothingChanged"));
                return Cli.FAILED;
            }
        }
    }

    /** The guessed column mapping of a file in no known layout, refused when no column tells contacts apart. */
    private static List<ColumnTarget> checkedMapping(Importer importer, ContactFileInfo info, Cli cli) {
        List<ColumnTarget> mapping = importer.guessMapping(info);
        if (mapping.stream().noneMatch(ExchangeCommands::identifies)) {
            throw new ClienteleException("cli.error.noKnownColumns", info.fileName());
        }
        List<String> ignored = new java.util.ArrayList<>();
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) == ContactField.IGNORE && !info.header().get(i).isBlank()) {
                ignored.add(info.header().get(i));
            }
        }
        if (!ignored.isEmpty()) {
            cli.err().println(cli.texts().get("cli.import.ignoredColumns", info.fileName(), String.join(", ", ignored)));
        }
        return mapping;
    }

    private static String describe(ContactFileInfo info, Problem problem, Texts texts) {
        return ProblemMessages.describe(info.fileName(), problem, texts);
    }

    /** Whether a column can tell contacts apart: a name, an organisation, an email or a phone. */
    private static boolean identifies(ColumnTarget target) {
        return target instanceof ContactField field && (field.name().contains("NAME")
                || field == ContactField.ORGANISATION || field.name().endsWith("EMAIL") || field.name().endsWith("PHONE"));
    }

    private static void checkFormat(String format, ContactFileInfo info) {
        if (format == null) {
            return;
        }
        String wanted = format.toLowerCase(Locale.ROOT);
        FileKind kind = wanted.startsWith("vcard") ? FileKind.VCARD : wanted.startsWith("csv") ? FileKind.CSV : null;
        if (kind == null) {
            throw new ClienteleException("cli.error.badFormat", format);
        }
        if (kind != info.kind()) {
            throw new ClienteleException("cli.error.notThatFormat", info.fileName(), format);
        }
    }

    private static Importer.DuplicateChoice duplicateChoice(String option) {
        if (option == null) {
            return Importer.DuplicateChoice.SKIP;
        }
        try {
            return Importer.DuplicateChoice.valueOf(option.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new ClienteleException("cli.error.badDuplicateChoice", option);
        }
    }

    private static String required(CommandLine commandLine, String option) {
        String value = commandLine.option(option);
        if (value == null || value.isBlank()) {
            throw new ClienteleException("cli.error.missingOption", "--" + option);
        }
        return value;
    }
}
