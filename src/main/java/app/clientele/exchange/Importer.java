package app.clientele.exchange;

import app.clientele.domain.Client;
import app.clientele.domain.CustomField;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.ExchangeRepository;
import app.clientele.domain.ExchangeRepository.ImportSession;
import app.clientele.domain.PhoneNumber;
import app.clientele.text.Phones;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a contact file: first a preview of what would be created, updated or skipped and of
 * every problem, then the import itself, in ONE transaction. Both read the file as a stream and
 * decide each contact by the same rules, so the import does what the preview showed.
 *
 * <p>A contact is a possible duplicate when one of its emails or phones (normalised) belongs to a
 * stored client, or to a contact earlier in the same file. What happens to it is the user's
 * choice: skip it, update the existing client with it, or create it anyway.
 */
public final class Importer {
    /** Contacts decided together: their emails and phones are looked up in one query each. */
    private static final int CHUNK = 500;
    /** Shorter phone numbers (extensions, short codes) are too common to say two contacts are one. */
    private static final int MIN_PHONE_KEY = 7;

    public enum DuplicateChoice { SKIP, UPDATE, CREATE }

    public enum Action { CREATE, UPDATE, UNCHANGED, SKIP }

    /**
     * How to import: the column mapping for a CSV file in no known layout (null otherwise), the
     * choice for possible duplicates, and the user's choices for single contacts by their line.
     */
    public record Options(List<ColumnTarget> mapping, DuplicateChoice onDuplicate, Map<Integer, DuplicateChoice> choices) {
        public Options {
            mapping = mapping == null ? null : List.copyOf(mapping);
            choices = Map.copyOf(choices);
        }

        public static Options onDuplicate(DuplicateChoice choice) {
            return new Options(null, choice, Map.of());
        }

        DuplicateChoice choiceFor(Where where) {
            return choices.getOrDefault(where.position(), onDuplicate);
        }
    }

    /**
     * One contact in the preview: its name and first email or phone, what will happen to it, and
     * for a possible duplicate what it matches (a stored client's name, or the line of an earlier
     * contact in the file) and by which email or phone.
     */
    public record Row(Where where, String name, String detail, Action action, boolean duplicate,
                      String duplicateOf, int duplicateOfLine, String matchedBy) {
    }

    public record Preview(ContactFileInfo file, List<Row> rows, List<Problem> problems) {
        public Preview {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        public long count(Action action) {
            return rows.stream().filter(row -> row.action() == action).count();
        }
    }

    public record Result(int created, int updated, int unchanged, int skipped, List<Problem> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    private final ExchangeRepository repository;

    public Importer(ExchangeRepository repository) {
        this.repository = repository;
    }

    /** What a column of a file in no known layout can hold: Clientele's fields, then the firm's own. */
    public List<ColumnTarget> columnChoices() {
        List<ColumnTarget> choices = new ArrayList<>(List.of(ContactField.values()));
        repository.customFields().forEach(field -> choices.add(new ColumnTarget.Custom(field)));
        return choices;
    }

    /** The column mapping guessed for a file in no known layout, the firm's own fields included. */
    public List<ColumnTarget> guessMapping(ContactFileInfo file) {
        return file.guessedMapping(repository.customFields());
    }

    /** What importing the file would do; writes nothing. */
    public Preview preview(ContactFileInfo file, Options options, Progress progress) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<CustomField> fields = repository.customFields();
        repository.inOneTransaction(session -> {
            new Run(session, options, false, rows, problems).readAll(file, fields, progress);
            return null;
        });
        return new Preview(file, rows, problems);
    }

    /**
     * Imports the file: all of it, or nothing when it has errors, the user cancels, or anything
     * fails on the way.
     *
     * @throws ImportRefusedException when the file has an error, naming the first one
     */
    public Result importFile(ContactFileInfo file, Options options, Progress progress) {
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<CustomField> fields = repository.customFields();
        repository.inOneTransaction(session -> {
            new Run(session, options, true, rows, problems).readAll(file, fields, progress);
            problems.stream().filter(Problem::isError).findFirst().ifPresent(error -> {
                throw new ImportRefusedException(file.fileName(), error);
            });
            return null;
        });
        Map<Action, Integer> counts = new HashMap<>();
        rows.forEach(row -> counts.merge(row.action(), 1, Integer::sum));
        return new Result(counts.getOrDefault(Action.CREATE, 0), counts.getOrDefault(Action.UPDATE, 0),
                counts.getOrDefault(Action.UNCHANGED, 0), counts.getOrDefault(Action.SKIP, 0), problems);
    }

    /** Where a contact's email or phone was seen first: a stored client, or a contact this import creates. */
    private record Target(Long storedId, int createdIndex, int line) {
        static Target stored(long id) {
            return new Target(id, -1, 0);
        }

        static Target created(int index, int line) {
            return new Target(null, index, line);
        }
    }

    /** One pass over the file, deciding each contact and (when writing) carrying the decision out. */
    private static final class Run {
        private final ImportSession session;
        private final Options options;
        private final boolean write;
        private final List<Row> rows;
        private final List<Problem> problems;
        private final Map<String, Target> seen = new HashMap<>();
        private final List<Keyed> chunk = new ArrayList<>(CHUNK);
        private int created;

        Run(ImportSession session, Options options, boolean write, List<Row> rows, List<Problem> problems) {
            this.session = session;
            this.options = options;
            this.write = write;
            this.rows = rows;
            this.problems = problems;
        }

        void readAll(ContactFileInfo file, List<CustomField> fields, Progress progress) {
            ContactFiles.read(file, options.mapping(), fields, progress, record -> {
                chunk.add(Keyed.of(record));
                if (chunk.size() == CHUNK) {
                    decideChunk();
                }
            });
            decideChunk();
        }

        private void decideChunk() {
            Set<String> emailKeys = new LinkedHashSet<>();
            Set<String> phoneKeys = new LinkedHashSet<>();
            for (Keyed contact : chunk) {
                emailKeys.addAll(contact.emails());
                phoneKeys.addAll(contact.phones());
            }
            Map<String, List<Long>> storedEmails = emailKeys.isEmpty() ? Map.of() : session.clientsByEmailKeys(emailKeys);
            Map<String, List<Long>> storedPhones = phoneKeys.isEmpty() ? Map.of() : session.clientsByPhoneKeys(phoneKeys);
            for (Keyed contact : chunk) {
                ContactRecord record = contact.record();
                problems.addAll(record.problems());
                if (record.client() == null) {
                    rows.add(new Row(record.where(), "", "", Action.SKIP, false, null, 0, null));
                } else {
                    decide(contact, storedEmails, storedPhones);
                }
            }
            chunk.clear();
        }

        private void decide(Keyed contact, Map<String, List<Long>> storedEmails,
                            Map<String, List<Long>> storedPhones) {
            ContactRecord record = contact.record();
            Client client = record.client();
            String detail = client.primaryEmail().map(EmailAddress::address)
                    .orElse(client.phones().isEmpty() ? "" : client.phones().get(0).number());
            Match match = match(contact, storedEmails, storedPhones);
            if (match == null) {
                create(contact);
                rows.add(new Row(record.where(), client.displayName(), detail, Action.CREATE, false, null, 0, null));
                return;
            }
            DuplicateChoice choice = options.choiceFor(record.where());
            Action action = switch (choice) {
                case SKIP -> Action.SKIP;
                case CREATE -> {
                    create(contact);
                    yield Action.CREATE;
                }
                case UPDATE -> update(contact, match);
            };
            String duplicateOf = match.stored() == null ? null : match.stored().displayName();
            rows.add(new Row(record.where(), client.displayName(), detail, action, true, duplicateOf,
                    match.target().line(), match.key()));
        }

        private void create(Keyed contact) {
            Target target = Target.created(created++, contact.record().where().line());
            if (write) {
                session.create(contact.record().client());
            }
            remember(contact, target);
        }

        private Action update(Keyed contact, Match match) {
            ContactRecord record = contact.record();
            Target target = match.target();
            if (target.storedId() == null && !write) {
                // The earlier contact is not stored during a preview; it will be updated on import.
                remember(contact, target);
                return Action.UPDATE;
            }
            Client stored = match.stored() != null ? match.stored()
                    : session.find(session.createdId(target.createdIndex())).orElse(null);
            if (stored == null) {
                return Action.SKIP;
            }
            Client updated = ClientMerge.update(stored, record.client(), record.fullRecord());
            remember(contact, target);
            if (updated.equals(stored)) {
                return Action.UNCHANGED;
            }
            if (write) {
                session.update(updated);
            }
            return Action.UPDATE;
        }

        /** What a contact matched, by which key; a stored client as it is now in this import's transaction. */
        private record Match(Target target, String key, Client stored) {
        }

        /** The first of the contact's emails, then phones, seen before in this file or stored. */
        private Match match(Keyed contact, Map<String, List<Long>> storedEmails, Map<String, List<Long>> storedPhones) {
            List<String> emails = contact.emails();
            List<String> phones = contact.phones();
            for (String key : contact.keys()) {
                Target target = seen.get(key);
                if (target != null) {
                    return new Match(target, key, null);
                }
            }
            for (String key : emails) {
                if (storedEmails.containsKey(key)) {
                    return storedMatch(storedEmails.get(key).get(0), key);
                }
            }
            for (String key : phones) {
                if (storedPhones.containsKey(key)) {
                    return storedMatch(storedPhones.get(key).get(0), key);
                }
            }
            return null;
        }

        private Match storedMatch(long id, String key) {
            return session.find(id).map(client -> new Match(Target.stored(id), key, client)).orElse(null);
        }

        private void remember(Keyed contact, Target target) {
            contact.keys().forEach(key -> seen.putIfAbsent(key, target));
        }
    }

    /** A contact with its match keys, worked out once: parsing its phone numbers is the costly part. */
    private record Keyed(ContactRecord record, List<String> emails, List<String> phones) {
        static Keyed of(ContactRecord record) {
            Client client = record.client();
            return client == null ? new Keyed(record, List.of(), List.of())
                    : new Keyed(record, emailKeys(client), phoneKeys(client));
        }

        /** The emails' keys, then the phones'. */
        List<String> keys() {
            List<String> all = new ArrayList<>(emails);
            all.addAll(phones);
            return all;
        }
    }

    static List<String> emailKeys(Client client) {
        return client.emails().stream().map(EmailAddress::matchKey).toList();
    }

    static List<String> phoneKeys(Client client) {
        return client.phones().stream().map(phone -> Phones.matchKey(phone.number())).filter(key -> key.length() >= MIN_PHONE_KEY).toList();
    }
}
