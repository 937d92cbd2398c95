package app.clientele.app;

import app.clientele.domain.CardSent;
import app.clientele.domain.ClienteleException;
import app.clientele.domain.FollowUp;
import app.clientele.domain.ReminderSettings;
import app.clientele.i18n.Texts;
import app.clientele.reminders.BirthdayCalendar;
import app.clientele.reminders.BirthdayReminders;
import app.clientele.reminders.UpcomingBirthday;
import app.clientele.viewmodel.Dates;
import app.clientele.viewmodel.reminders.BirthdayTexts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code clientele reminders [--days N] [--today YYYY-MM-DD] [--format text|csv]}: the daily digest
 * for a scheduler. It prints the birthdays of the coming days (lunar ones on this year's solar
 * day), the cards whose reminder has started and that are not sent, and the overdue follow-ups.
 */
final class RemindersCommand implements Cli.Command {
    static final List<String> CSV_COLUMNS = List.of("kind", "date", "client_id", "client", "age", "lunar_birthday",
            "card_sent", "detail");

    @Override
    public int run(CommandLine commandLine, Cli cli) throws Exception {
        int days;
        LocalDate today;
        String format = commandLine.option("format") == null ? "text" : commandLine.option("format");
        try {
            days = days(commandLine.option("days"));
            today = today(commandLine.option("today"));
            if (!List.of("text", "csv").contains(format)) {
                throw new ClienteleException("cli.reminders.error.format", format);
            }
        } catch (ClienteleException badOption) {
            return Cli.reportUsageError(badOption, cli.err());
        }
        Texts texts = cli.texts();
        try (AppContext context = cli.openContext(commandLine)) {
            ReminderSettings settings = context.reminders().settings();
            BirthdayReminders rules = new BirthdayReminders(settings, context.reminders().leadTimes());
            List<CardSent> cards = context.reminders().cardsSent(BirthdayReminders.yearsAround(today, days));
            List<UpcomingBirthday> upcoming = rules.upcoming(context.reminders().withBirthdays(), cards, today, days)
                    .stream().filter(b -> b.daysUntil(today) <= days).toList();
            List<UpcomingBirthday> toSend = BirthdayReminders.cardsToSend(
                    rules.upcoming(context.reminders().withBirthdays(), cards, today, days), today);
            List<FollowUp> overdue = context.followUps().openDueBy(today.minusDays(1));
            Digest digest = new Digest(today, days, upcoming, toSend, overdue);
            if (format.equals("csv")) {
                printCsv(digest, cli.out());
            } else {
                printText(digest, cli.out(), texts, new BirthdayTexts(texts, datesOn(today, texts)),
                        datesOn(today, texts));
            }
        }
        return Cli.OK;
    }

    private record Digest(LocalDate today, int days, List<UpcomingBirthday> birthdays, List<UpcomingBirthday> cards,
                          List<FollowUp> overdue) {
    }

    private static void printText(Digest digest, PrintStream out, Texts texts, BirthdayTexts words, Dates dates) {
        out.println(texts.get("cli.reminders.birthdays", digest.birthdays().size(), digest.days(),
                dates.date(digest.today())));
        digest.birthdays().forEach(b -> out.println("  " + line(dates.date(b.date()), b.client().displayName(),
                words.reminder(b, digest.today()), words.lunar(b.birthday()),
                b.cardSent() ? texts.get("reminders.card.sent") : "")));
        out.println(texts.get("cli.reminders.cards", digest.cards().size()));
        digest.cards().forEach(b -> out.println("  " + line(dates.date(b.date()), b.client().displayName(),
                words.reminder(b, digest.today()))));
        out.println(texts.get("cli.reminders.overdue", digest.overdue().size()));
        digest.overdue().forEach(f -> out.println("  " + line(dates.date(f.dueDate()), f.client().displayName(),
                f.title())));
    }

    private static String line(String... parts) {
        return String.join("  ·  ", java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
    }

    /** One table for machines: a row per birthday, card to send and overdue follow-up, dates in ISO form. */
    private static void printCsv(Digest digest, PrintStream out) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
        for (UpcomingBirthday b : digest.birthdays()) {
            csv.printRecord(birthdayRow("birthday", b));
        }
        for (UpcomingBirthday b : digest.cards()) {
            csv.printRecord(birthdayRow("card", b));
        }
        for (FollowUp f : digest.overdue()) {
            csv.printRecord("follow-up", f.dueDate(), f.client().id(), f.client().displayName(), "", "", "", f.title());
        }
        csv.flush();
    }

    private static List<Object> birthdayRow(String kind, UpcomingBirthday b) {
        var birthday = b.birthday();
        String lunar = birthday.lunar() ? (birthday.leapMonth() ? "leap " : "") + birthday.month() + "/" + birthday.day()
                : "";
        return List.of(kind, b.date(), b.client().id(), b.client().displayName(),
                b.age() == null ? "" : b.age(), lunar, b.cardSent(), b.client().name().nickname() == null ? ""
                        : b.client().name().nickname());
    }

    /**
     * Writes every active client's birthday to an iCalendar file, for {@code export --format ics}.
     * The file appears complete or not at all.
     */
    static void writeCalendar(AppContext context, Path out, LocalDate today) throws IOException {
        Path partial = out.toAbsolutePath().resolveSibling(out.getFileName() + ".part");
        try (OutputStream stream = Files.newOutputStream(partial)) {
            BirthdayCalendar.write(stream, context.reminders().withBirthdays(),
                    context.reminders().settings().missingDayRule(), today, BirthdayCalendar.DEFAULT_YEARS,
                    context.clock().instant(), context.texts());
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Dates datesOn(LocalDate today, Texts texts) {
        ZoneId zone = ZoneId.systemDefault();
        return new Dates(Clock.fixed(today.atStartOfDay(zone).toInstant(), zone), texts);
    }

    private static int days(String option) {
        if (option == null) {
            return BirthdayReminders.DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(option.strip());
            if (days >= 0 && days <= BirthdayReminders.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new ClienteleException("cli.reminders.error.days", option, BirthdayReminders.MAX_DAYS);
    }

    private static LocalDate today(String option) {
        if (option == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(option.strip());
        } catch (DateTimeParseException notADate) {
            throw new ClienteleException("cli.reminders.error.today", option);
        }
    }
}
