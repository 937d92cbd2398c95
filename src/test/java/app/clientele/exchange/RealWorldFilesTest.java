package app.clientele.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.Segment;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files as Google Contacts, Outlook, Apple Contacts, Android and Excel write them (our own
 * fixtures, following each product's format), the real samples in shared/samples, and broken files.
 */
class RealWorldFilesTest {
    @TempDir
    Path folder;

    private static Path fixture(String name) throws Exception {
        return Path.of(RealWorldFilesTest.class.getResource("/app/clientele/exchange/" + name).toURI());
    }

    /** Every record of a file at once (the import streams them). */
    static List<ContactRecord> readAll(ContactFileInfo info) {
        List<ContactRecord> records = new java.util.ArrayList<>();
        ContactFiles.read(info, null, List.of(), Progress.NONE, records::add);
        return records;
    }

    private static List<ContactRecord> read(String name) throws Exception {
        return readAll(ContactFiles.inspect(fixture(name)));
    }

    private static List<Client> clients(List<ContactRecord> records) {
        records.forEach(record -> assertFalse(record.hasError(), () -> record.where() + " " + record.problems()));
        return records.stream().map(ContactRecord::client).filter(Objects::nonNull).toList();
    }

    private static List<String> emails(Client client) {
        return client.emails().stream().map(EmailAddress::address).toList();
    }

    private static List<String> phones(Client client) {
        return client.phones().stream().map(phone -> phone.label() + ":" + phone.number()).toList();
    }

    @Test
    void googleContactsCsv_multipleValuesLabelsKoreanNamesAndYearlessBirthday() throws Exception {
        ContactFileInfo info = ContactFiles.inspect(fixture("google-contacts.csv"));
        assertEquals(CsvKind.GOOGLE, info.csvKind());

        List<Client> clients = clients(readAll(info));

        assertEquals(3, clients.size());
        Client park = clients.get(0);
        assertEquals("박민수", park.displayName());
        assertEquals("박", park.name().familyName());
        assertEquals(NameOrder.FAMILY_FIRST, park.name().order());
        assertEquals(List.of("minsu.park@hanbit.example", "minsu@home.example"), emails(park));
        assertTrue(park.emails().get(0).primary());
        assertEquals(List.of("mobile:010-1234-5678", "mobile:010-8765-4321", "work:02-123-4567"), phones(park));
        assertEquals(Birthday.solar(8, 15, null), park.birthday());
        assertEquals(List.of("VIP", "세무"), park.tags());
        assertEquals("매년 5월\n종합소득세 신고", park.notes());
        assertEquals("3층 301호", park.address().unit());
        Client jane = clients.get(1);
        assertEquals("Jane Q. Doe", jane.displayName());
        assertEquals("Dr.", jane.name().honorific());
        assertEquals(List.of("fax:+1 555 0100"), phones(jane));
        assertEquals("010-5555-0000", clients.get(2).displayName());
    }

    @Test
    void googleLegacyCsv_isRecognised() throws Exception {
        ContactFileInfo info = ContactFiles.inspect(fixture("google-legacy.csv"));
        assertEquals(CsvKind.GOOGLE_LEGACY, info.csvKind());

        Client kim = clients(readAll(info)).get(0);

        assertEquals("김지현", kim.displayName());
        assertEquals("김", kim.name().familyName());
        assertEquals(List.of("jihyun.kim@example.kr", "jh.kim@insure.example"), emails(kim));
        assertEquals("보험나라", kim.organisation());
        assertEquals("설계사", kim.jobTitle());
        assertEquals(List.of("보험"), kim.tags());
        assertEquals(Birthday.solar(11, 2, 1975), kim.birthday());
    }

    @Test
    void outlookCsv_inWindowsEncoding_withPhonesByKindAndEmptyBirthday() throws Exception {
        ContactFileInfo info = ContactFiles.inspect(fixture("outlook.csv"));
        assertEquals(CsvKind.OUTLOOK, info.csvKind());

        List<ContactRecord> records = readAll(info);
        List<Client> clients = clients(records);

        Client john = clients.get(0);
        assertEquals("John Smith", john.displayName());
        assertEquals("Mr.", john.name().honorific());
        assertEquals("Smith & Sons", john.organisation());
        assertEquals(List.of("john@smith.example", "js@home.example"), emails(john));
        assertEquals(List.of("mobile:+44 7700 900123", "work:+44 20 7946 0000", "fax:+44 20 7946 0001"), phones(john));
        assertEquals(Birthday.solar(3, 22, 1980), john.birthday());
        assertEquals(List.of("Tax", "VIP"), john.tags());
        assertEquals("London", john.address().city());
        assertEquals(Segment.BUSINESS, john.segment());
        Client mary = clients.get(1);
        assertNull(mary.birthday());
        assertEquals("Home Phone: (555) 123-4567 ext. 8", mary.notes());
        assertEquals("import.problem.phone", records.get(1).problems().get(0).messageKey());
    }

    @Test
    void appleContactsVCard_groupedLabelsYearlessBirthdayFoldedNoteAndPhoto() throws Exception {
        List<Client> clients = clients(read("apple-contacts.vcf"));

        Client park = clients.get(0);
        assertEquals("박민수", park.displayName());
        assertEquals("민수", park.name().givenName());
        assertEquals("한빛세무회계", park.organisation());
        assertEquals(List.of("other", "home"), park.emails().stream().map(EmailAddress::label).toList());
        assertTrue(park.emails().get(0).primary());
        assertEquals(List.of("mobile:010-1234-5678", "비서:02-555-0199"), phones(park));
        assertEquals(Birthday.solar(8, 15, null), park.birthday());
        assertTrue(park.notes().endsWith("접힌 줄은 공백 하나로 시작합니다."), park.notes());
        assertEquals("세종대로 110", park.address().street());
        assertEquals(List.of("VIP", "세무"), park.tags());
        assertEquals(Birthday.solar(1, 31, 1962), clients.get(1).birthday());
    }

    @Test
    void androidVCard21_quotedPrintableKoreanAndANamelessCard() throws Exception {
        List<Client> clients = clients(read("android.vcf"));

        Client kim = clients.get(0);
        assertEquals("김영희", kim.displayName());
        assertEquals("김", kim.name().familyName());
        assertEquals(List.of("mobile:010-9876-5432", "work:031-123-4567"), phones(kim));
        assertEquals("오후 2시 이후 통화 가능. 주말에는 연락하지 말 것.", kim.notes());
        assertEquals(Birthday.solar(7, 4, 1985), kim.birthday());
        assertEquals("010-1111-0000", clients.get(1).displayName());
    }

    @Test
    void outlookVCard21_inWindowsEncoding() throws Exception {
        ContactFileInfo info = ContactFiles.inspect(fixture("outlook-2.1.vcf"));
        assertEquals(Charset.forName("windows-1252"), info.charset());

        Client jurgen = clients(readAll(info)).get(0);

        assertEquals("Jürgen Müller", jurgen.displayName());
        assertEquals("Geschäftsführer", jurgen.jobTitle());
        assertEquals("Hauptstraße 1", jurgen.address().street());
        assertEquals(Segment.BUSINESS, jurgen.segment());
    }

    @Test
    void googleVCard_customLabelAndThreeZeroYearlessBirthday() throws Exception {
        Client greg = clients(read("google-contacts.vcf")).get(0);

        assertEquals(List.of("home", "Consulting"), greg.emails().stream().map(EmailAddress::label).toList());
        assertEquals(Birthday.solar(9, 10, null), greg.birthday());
        assertEquals(List.of("Golf"), greg.tags());
    }

    @Test
    void koreanExcelCsv_inCp949_isMappedByItsKoreanColumnNames() throws Exception {
        ContactFileInfo info = ContactFiles.inspect(fixture("korean-excel-cp949.csv"));
        assertTrue(info.needsMapping());
        assertEquals(List.of(ContactField.DISPLAY_NAME, ContactField.MOBILE_PHONE, ContactField.EMAIL,
                ContactField.ORGANISATION, ContactField.JOB_TITLE, ContactField.BIRTHDAY, ContactField.NOTES),
                info.guessedMapping(List.of()));

        List<Client> clients = clients(readAll(info));

        Client lee = clients.get(0);
        assertEquals("이수진", lee.displayName());
        assertEquals(List.of("mobile:010-3333-4444"), phones(lee));
        assertEquals("미래보험", lee.organisation());
        assertEquals(Birthday.solar(5, 17, 1988), lee.birthday());
        assertEquals("01055556666", clients.get(1).phones().get(0).number());
    }

    @Test
    void europeanExcelCsv_withSemicolonsAndLatin1() throws Exception {
        ContactFileInfo info = ContactFiles.inspect(fixture("semicolon-latin1.csv"));
        assertEquals(';', info.delimiter());

        Client jose = clients(readAll(info)).get(0);

        assertEquals("José Álvarez", jose.displayName());
        assertEquals("Álvarez SL", jose.organisation());
        assertEquals(Birthday.solar(12, 31, 1979), jose.birthday());
    }

    @Test
    void badValues_areWarningsWithLinesAndKeptInTheNotes() throws Exception {
        List<ContactRecord> records = read("bad-values.csv");

        List<Client> clients = clients(records);
        assertEquals(4, clients.size());
        List<String> problems = records.stream().flatMap(record -> record.problems().stream())
                .map(problem -> problem.where().line() + " " + problem.messageKey() + " " + problem.arguments()).toList();
        assertEquals(List.of("3 import.problem.birthday [31.02.1980]", "4 import.problem.email [not-an-email@]",
                "5 import.problem.phone [call reception]"), problems);
        assertEquals("Birthday: 31.02.1980", clients.get(1).notes());
        assertEquals("Bad Phone", clients.get(3).displayName());
    }

    @Test
    void vCardCutOffAtTheEnd_isAnErrorOnThatCard() throws Exception {
        List<ContactRecord> records = read("missing-end.vcf");

        assertEquals(2, records.size());
        assertFalse(records.get(0).hasError());
        ContactRecord cut = records.get(1);
        assertTrue(cut.hasError());
        assertEquals(new Where(6, 2), cut.where());
        assertEquals("import.problem.cutOff", cut.problems().get(0).messageKey());
    }

    @Test
    void vCardWithoutEndBeforeTheNextCard_isAnErrorOnThatCard() throws Exception {
        List<ContactRecord> records = read("missing-end-between.vcf");

        assertEquals("import.problem.noEnd", records.get(0).problems().get(0).messageKey());
        assertEquals("Second Card", records.get(1).client().displayName());
    }

    @Test
    void emptyFiles_binaryGarbageAndMissingFiles_areClearErrors() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");
        Path blank = Files.writeString(folder.resolve("blank.vcf"), "\r\n  \r\n");
        Path garbage = Files.write(folder.resolve("photo.vcf"), new java.util.Random(5).ints(4096, 0, 256)
                .collect(java.io.ByteArrayOutputStream::new, java.io.ByteArrayOutputStream::write, (a, b) -> { })
                .toByteArray());

        assertEquals("import.error.empty", assertThrows(ExchangeException.class, () -> ContactFiles.inspect(empty)).messageKey());
        assertEquals("import.error.empty", assertThrows(ExchangeException.class, () -> ContactFiles.inspect(blank)).messageKey());
        ExchangeException binary = assertThrows(ExchangeException.class, () -> ContactFiles.inspect(garbage));
        assertEquals("import.error.binary", binary.messageKey());
        assertEquals(List.of("photo.vcf"), List.of(binary.arguments()));
        assertEquals("import.error.missing", assertThrows(ExchangeException.class,
                () -> ContactFiles.inspect(folder.resolve("nowhere.csv"))).messageKey());
    }

    @Test
    void textThatIsNoContactList_isAnErrorNotAnEmptyImport() throws Exception {
        Path prose = Files.writeString(folder.resolve("letter.vcf"), "BEGIN:VCARD\nFN:Nearly\nEND:VCARD\nDear Sir,\n");

        List<ContactRecord> records = readAll(ContactFiles.inspect(prose));

        assertTrue(records.get(1).hasError());
        assertEquals("import.problem.outsideCard", records.get(1).problems().get(0).messageKey());
        assertEquals(4, records.get(1).where().line());
    }

    @Test
    void fiftyMegabyteVCardFile_withPhotos_importsCardByCard() throws Exception {
        Path big = folder.resolve("big.vcf");
        String photoLine = " " + "A".repeat(75) + "\r\n";
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int card = 0; card < 10; card++) {
                out.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person " + card + "\r\nEMAIL:p" + card
                        + "@example.com\r\nPHOTO;ENCODING=b;TYPE=JPEG:\r\n");
                for (int line = 0; line < 68_000; line++) {
                    out.write(photoLine);
                }
                out.write("END:VCARD\r\n");
            }
        }
        assertTrue(Files.size(big) > 50_000_000L);

        List<ContactRecord> records = readAll(ContactFiles.inspect(big));

        assertEquals(10, clients(records).size());
        assertEquals("Person 9", records.get(9).client().displayName());
    }

    @Test
    void sharedRealSamples_importWithoutErrorsAndKeepNamesEmailsPhonesAndBirthdays() throws Exception {
        Path samples = Path.of("..", "shared", "samples", "vcard").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(samples), "shared samples are not on this machine");
        try (Stream<Path> files = Files.list(samples)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".vcf")).sorted().toList()) {
                List<ContactRecord> records = readAll(ContactFiles.inspect(file));
                assertFalse(records.isEmpty(), file.toString());
                records.forEach(record -> assertFalse(record.hasError(), file + " " + record.problems()));
                assertTrue(records.stream().anyMatch(record -> record.client() != null), file.toString());
            }
        }
        Client iphone = clients(readAll(ContactFiles.inspect(samples.resolve("John_Doe_IPHONE.vcf")))).get(0);
        assertEquals("Mr. John Richter James Doe Sr.", iphone.displayName());
        assertEquals("Doe", iphone.name().familyName());
        assertEquals("IBM, Accounting", iphone.organisation());
        assertEquals("Money Counter", iphone.jobTitle());
        assertEquals(List.of("john.doe@ibm.com"), emails(iphone));
        assertTrue(phones(iphone).containsAll(List.of("mobile:905-555-1234", "fax:905-888-1234",
                "AssistantPhone:905-222-1234")), phones(iphone).toString());
        assertEquals("Silicon Alley 5,", iphone.address().street());
        assertEquals(Birthday.solar(6, 6, 2012), iphone.birthday());
        Client rfc = clients(readAll(ContactFiles.inspect(samples.resolve("rfc6350-example.vcf")))).get(0);
        assertEquals(Birthday.solar(2, 3, null), rfc.birthday());
        assertEquals("simon.perreault@viagenie.ca", rfc.primaryEmail().orElseThrow().address());
        assertTrue(rfc.phones().stream().map(PhoneNumber::number).anyMatch("+1-418-656-9254"::equals));
    }
}
