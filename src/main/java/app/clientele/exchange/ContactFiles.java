package app.clientele.exchange;

import app.clientele.domain.CustomField;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Opens contact files: finds out what they are (vCard or CSV, character set, delimiter, layout)
 * and streams their contacts one at a time, so a file of any size needs little memory.
 */
public final class ContactFiles {
    /** Korean Windows' character set, which Excel uses for "CSV (comma delimited)" on Korean systems. */
    private static final Charset KOREAN_WINDOWS = Charset.forName("x-windows-949");
    private static final Charset WESTERN_WINDOWS = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final int PROGRESS_EVERY = 200;

    private ContactFiles() {
    }

    /** Looks at a file without importing anything; a file that is no contact list gives a clear error. */
    public static ContactFileInfo inspect(Path file) {
        String name = file.getFileName().toString();
        long size;
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            start = in.readNBytes(SNIFF_BYTES);
        } catch (NoSuchFileException missing) {
            throw new ExchangeException(missing, "import.error.missing", name);
        } catch (IOException e) {
            throw new ExchangeException(e, "import.error.unreadable", name, e.getMessage());
        }
        Charset charset = charsetOf(file, start);
        if (charset == null) {
            throw new ExchangeException("import.error.binary", name);
        }
        String firstLine = firstNonBlankLine(file, charset);
        if (firstLine == null) {
            throw new ExchangeException("import.error.empty", name);
        }
        if (firstLine.strip().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCARD")) {
            return new ContactFileInfo(file, FileKind.VCARD, charset, ',', List.of(), CsvKind.OTHER, size);
        }
        char delimiter = delimiterOf(firstLine);
        List<String> header = headerOf(file, charset, delimiter);
        return new ContactFileInfo(file, FileKind.CSV, charset, delimiter, header, CsvLayouts.recognise(header), size);
    }

    /**
     * The character set: a byte-order mark decides; else UTF-8 when the whole file is valid
     * UTF-8, else Korean Windows (CP949) when valid, else Western Windows. Null for a binary file.
     */
    private static Charset charsetOf(Path file, byte[] start) {
        if (startsWith(start, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(start, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (looksBinary(start)) {
            return null;
        }
        for (Charset candidate : List.of(StandardCharsets.UTF_8, KOREAN_WINDOWS)) {
            if (decodesCleanly(file, candidate)) {
                return candidate;
            }
        }
        return WESTERN_WINDOWS;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes, or more than one control character in a hundred: no text file. */
    private static boolean looksBinary(byte[] start) {
        int controls = 0;
        for (byte b : start) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > start.length / 100;
    }

    private static boolean decodesCleanly(Path file, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            return !decoder.decode(bytes, chars, true).isError() && !decoder.flush(chars).isError();
        } catch (CharacterCodingException notThisCharset) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstNonBlankLine(Path file, Charset charset) {
        try (BufferedReader reader = new BufferedReader(open(file, charset))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most frequent of comma, semicolon (European Excel) and tab in the header line. */
    private static char delimiterOf(String headerLine) {
        char best = ',';
        long bestCount = headerLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static List<String> headerOf(Path file, Charset charset, char delimiter) {
        try (Reader reader = open(file, charset); CSVParser parser = csvFormat(delimiter).parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!isBlank(record)) {
                    return record.stream().map(String::strip).toList();
                }
            }
            return List.of();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ExchangeException(e, "import.error.badHeader", file.getFileName().toString());
        }
    }

    private static CSVFormat csvFormat(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

    /** A reader over the file's text, without a byte-order mark. */
    static Reader open(Path file, Charset charset) throws IOException {
        return open(Files.newInputStream(file), charset);
    }

    private static Reader open(InputStream in, Charset charset) throws IOException {
        InputStream buffered = new java.io.BufferedInputStream(in);
        if (charset.equals(StandardCharsets.UTF_8)) {
            buffered.mark(3);
            byte[] bom = buffered.readNBytes(3);
            if (!startsWith(bom, 0xEF, 0xBB, 0xBF)) {
                buffered.reset();
            }
        }
        Reader reader = new InputStreamReader(buffered, charset);
        if (charset.name().startsWith("UTF-16")) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        }
        return reader;
    }

    /**
     * Reads every contact of a file in order. {@code mapping} says what each column holds for a
     * CSV file in no known layout (null: guessed from the column names); {@code fields} are the
     * firm's own fields, whose values other layouts carry by name. Reports progress by bytes read.
     */
    public static void read(ContactFileInfo info, List<ColumnTarget> mapping, List<CustomField> fields,
                            Progress progress, Consumer<ContactRecord> each) {
        try (CountingInputStream counted = new CountingInputStream(Files.newInputStream(info.file()));
             Reader reader = open(counted, info.charset())) {
            Runnable report = () -> progress.update(counted.count(), info.size());
            if (info.kind() == FileKind.VCARD) {
                readCards(new BufferedReader(reader), fields, progress, report, each);
            } else {
                CsvLayout layout = info.needsMapping()
                        ? new MappedCsvLayout(mapping == null ? info.guessedMapping(fields) : mapping)
                        : CsvLayouts.layout(info.csvKind(), fields);
                readRows(reader, info, layout, progress, report, each);
            }
            report.run();
        } catch (IOException e) {
            throw new ExchangeException(e, "import.error.unreadable", info.fileName(), e.getMessage());
        }
    }

    private static void readRows(Reader reader, ContactFileInfo info, CsvLayout layout, Progress progress,
                                 Runnable report, Consumer<ContactRecord> each) throws IOException {
        java.util.Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = info.header().size() - 1; i >= 0; i--) {
            columns.put(CsvLayouts.columnKey(info.header().get(i)), i);
        }
        try (CSVParser parser = csvFormat(info.delimiter()).parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            boolean headerSeen = false;
            long lineAfterPrevious = 0;
            int count = 0;
            while (true) {
                int line = (int) lineAfterPrevious + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException malformed) {
                    each.accept(new ContactRecord(Where.line(line), null, false,
                            List.of(Problem.error(Where.line(line), "import.problem.malformedCsv"))));
                    return;
                }
                lineAfterPrevious = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (!headerSeen) {
                    headerSeen = true;
                    continue;
                }
                progress.checkCancelled();
                List<String> values = record.toList();
                CsvRow row = new CsvRow(Where.line(line), info.header(), columns, values);
                if (values.size() > info.header().size() && !allBlank(values.subList(info.header().size(), values.size()))) {
                    each.accept(new ContactRecord(row.where(), null, false, List.of(Problem.error(row.where(),
                            "import.problem.tooManyValues", values.size(), info.header().size()))));
                } else {
                    each.accept(layout.read(row));
                }
                if (++count % PROGRESS_EVERY == 0) {
                    report.run();
                }
            }
        }
    }

    /** Splits the file into cards at BEGIN:VCARD/END:VCARD lines and has ez-vcard read each card. */
    private static void readCards(BufferedReader reader, List<CustomField> fields, Progress progress, Runnable report,
                                  Consumer<ContactRecord> each) throws IOException {
        StringBuilder card = null;
        int cardNumber = 0;
        int cardLine = 0;
        int lineNumber = 0;
        boolean strayReported = false;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String marker = line.strip().toUpperCase(Locale.ROOT);
            if (marker.equals("BEGIN:VCARD")) {
                if (card != null) {
                    each.accept(broken(cardNumber, cardLine, "import.problem.noEnd"));
                }
                progress.checkCancelled();
                card = new StringBuilder(1024).append(line).append("\r\n");
                cardNumber++;
                cardLine = lineNumber;
            } else if (card == null) {
                if (!line.isBlank() && !strayReported) {
                    Where where = Where.card(cardNumber, lineNumber);
                    each.accept(new ContactRecord(where, null, false,
                            List.of(Problem.error(where, "import.problem.outsideCard"))));
                    strayReported = true;
                }
            } else {
                card.append(line).append("\r\n");
                if (marker.equals("END:VCARD")) {
                    each.accept(parseCard(card.toString(), fields, Where.card(cardNumber, cardLine)));
                    card = null;
                    if (cardNumber % PROGRESS_EVERY == 0) {
                        report.run();
                    }
                }
            }
        }
        if (card != null) {
            each.accept(broken(cardNumber, cardLine, "import.problem.cutOff"));
        }
    }

    private static ContactRecord broken(int cardNumber, int cardLine, String messageKey) {
        Where where = Where.card(cardNumber, cardLine);
        return new ContactRecord(where, null, false, List.of(Problem.error(where, messageKey)));
    }

    private static ContactRecord parseCard(String text, List<CustomField> fields, Where where) {
        try (VCardReader reader = new VCardReader(new StringReader(text))) {
            VCard card = reader.readNext();
            if (card == null) {
                return broken(where.card(), where.line(), "import.problem.notACard");
            }
            return VCardMapping.read(card, fields, where);
        } catch (IOException | RuntimeException unreadable) {
            return broken(where.card(), where.line(), "import.problem.notACard");
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return allBlank(record.toList());
    }

    private static boolean allBlank(List<String> values) {
        return values.stream().allMatch(String::isBlank);
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        long count() {
            return count;
        }
    }
}
