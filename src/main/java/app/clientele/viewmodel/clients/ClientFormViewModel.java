package app.clientele.viewmodel.clients;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomerType;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import app.clientele.text.AddressFormat;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The client form: a buffered copy of one client in editable properties. Nothing reaches the
 * database until {@link #toClient()} is saved by the workspace; {@link #dirtyProperty()} says
 * whether anything differs from what was loaded.
 */
public final class ClientFormViewModel {
    public static final int MAX_TAG_LENGTH = 60;

    private final Texts texts;
    private final ReadOnlyObjectWrapper<Client> loaded = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<ClientKind> kind = new SimpleObjectProperty<>(ClientKind.PERSON);
    private final CustomFieldsFormViewModel customFields;

    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty familyName = new SimpleStringProperty("");
    private final StringProperty givenName = new SimpleStringProperty("");
    private final ObjectProperty<NameOrder> nameOrder = new SimpleObjectProperty<>();
    private final StringProperty honorific = new SimpleStringProperty("");
    private final StringProperty nickname = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final ObjectProperty<Relationship> relationship = new SimpleObjectProperty<>(Relationship.CLIENT);
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>(Segment.INDIVIDUAL);
    private final BooleanProperty internal = new SimpleBooleanProperty(false);
    private final ObjectProperty<CustomerType> customerType = new SimpleObjectProperty<>(CustomerType.NEW);
    private final ObservableList<EmailEntry> emails = FXCollections.observableArrayList(
            entry -> new Observable[] {entry.labelProperty(), entry.addressProperty(), entry.primaryProperty()});
    private final ObservableList<PhoneEntry> phones = FXCollections.observableArrayList(
            entry -> new Observable[] {entry.labelProperty(), entry.numberProperty()});
    private final StringProperty street = new SimpleStringProperty("");
    private final StringProperty unit = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty postcode = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty jibun = new SimpleStringProperty("");
    private final ObjectProperty<Integer> birthMonth = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> birthDay = new SimpleObjectProperty<>();
    private final StringProperty birthYear = new SimpleStringProperty("");
    private final BooleanProperty lunarBirthday = new SimpleBooleanProperty(false);
    private final BooleanProperty leapMonth = new SimpleBooleanProperty(false);
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty accountOwner = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final List<ObservableValue<?>> fields = List.of(kind, displayName, familyName, givenName, nameOrder,
            honorific, nickname, organisation, jobTitle, relationship, segment, internal, customerType, street,
            unit, city, region, postcode, country, jibun, birthMonth, birthDay, birthYear, lunarBirthday, leapMonth,
            tags, source, accountOwner, notes);
    private final SimpleObjectProperty<List<Object>> savedSnapshot = new SimpleObjectProperty<>();

    private final StringBinding nameError;
    private final StringBinding birthdayError;
    private final StringBinding tagsError;
    private final StringBinding addressError;
    private final BooleanBinding entriesValid;
    private final BooleanBinding valid;
    private final BooleanBinding dirty;
    private final StringBinding title;
    private final StringBinding timestamps;
    private String lastComposedName = "";

    public ClientFormViewModel(Texts texts) {
        this.texts = texts;
        this.customFields = new CustomFieldsFormViewModel(texts);
        StringBinding nameProblem = Bindings.createStringBinding(this::validateName, displayName, familyName, givenName);
        birthdayError = Bindings.createStringBinding(this::validateBirthday,
                birthMonth, birthDay, birthYear, lunarBirthday);
        tagsError = Bindings.createStringBinding(this::validateTags, tags);
        addressError = Bindings.createStringBinding(this::validateAddress, postcode, country, street, city, region);
        entriesValid = Bindings.createBooleanBinding(() ->
                emails.stream().allMatch(entry -> entry.errorProperty().get() == null)
                        && phones.stream().allMatch(entry -> entry.errorProperty().get() == null), emails, phones);
        valid = nameProblem.isNull().and(birthdayError.isNull()).and(tagsError.isNull()).and(addressError.isNull())
                .and(entriesValid).and(customFields.validProperty());
        List<Observable> everything = new ArrayList<>(fields);
        everything.addAll(List.of(emails, phones, customFields.entries(), savedSnapshot));
        dirty = Bindings.createBooleanBinding(() -> !snapshot().equals(savedSnapshot.get()),
                everything.toArray(Observable[]::new));
        // An empty new form is not scolded for its missing name until the user starts typing.
        nameError = Bindings.createStringBinding(() -> dirty.get() || loaded.get() != null ? nameProblem.get() : null,
                nameProblem, dirty, loaded);
        title = Bindings.createStringBinding(() -> loaded.get() == null
                ? texts.get("clients.form.newTitle") : loaded.get().displayName(), loaded);
        timestamps = Bindings.createStringBinding(this::describeTimestamps, loaded);
        familyName.addListener((observable, before, after) -> composeDisplayName());
        givenName.addListener((observable, before, after) -> composeDisplayName());
        nameOrder.addListener((observable, before, after) -> composeDisplayName());
        lunarBirthday.addListener((observable, before, isLunar) -> {
            if (!isLunar) {
                leapMonth.set(false);
            }
        });
        emails.addListener((javafx.collections.ListChangeListener<EmailEntry>) change -> keepOnePrimary(change));
        // An organisation is always in the Business segment (Client enforces it; the form shows it at once).
        kind.addListener((observable, before, after) -> {
            if (after == ClientKind.ORGANISATION) {
                segment.set(Segment.BUSINESS);
            }
        });
        startNew();
    }

    /** Shows the firm's own fields, as they are now; a clean form stays clean. */
    public void defineCustomFields(List<CustomField> definitions) {
        boolean wasDirty = dirty.get();
        customFields.define(definitions);
        if (!wasDirty) {
            markSaved();
        }
    }

    /** Clears the form for a new client. */
    public void startNew() {
        loaded.set(null);
        fill(Client.named("?"));
        displayName.set("");
        lastComposedName = "";
        nameOrder.set(null);
        markSaved();
    }

    /** Shows a stored client; the form is clean afterwards. */
    public void load(Client client) {
        loaded.set(client);
        fill(client);
        lastComposedName = ClientName.compose(client.name().familyName(), client.name().givenName(),
                client.name().order());
        markSaved();
    }

    /**
     * The client as edited. Call only when {@link #validProperty()} is true: invalid fields make the
     * domain records refuse to be built.
     */
    public Client toClient() {
        Client base = loaded.get();
        Integer year = Strings.isBlank(birthYear.get()) ? null : Integer.valueOf(birthYear.get().strip());
        Birthday birthday = birthMonth.get() == null && birthDay.get() == null ? null
                : new Birthday(birthMonth.get(), birthDay.get(), year, lunarBirthday.get(),
                        lunarBirthday.get() && leapMonth.get());
        Client edited = new Client(base == null ? null : base.id(), base == null ? 0 : base.version(),
                new ClientName(displayName.get(), familyName.get(), givenName.get(), nameOrder.get(),
                        honorific.get(), nickname.get()),
                organisation.get(), jobTitle.get(), relationship.get(), segment.get(), internal.get(),
                customerType.get(),
                emails.stream().filter(entry -> !entry.isBlank()).map(EmailEntry::toEmail).toList(),
                phones.stream().filter(entry -> !entry.isBlank()).map(PhoneEntry::toPhone).toList(),
                address(),
                birthday, parseTags(tags.get()), source.get(), accountOwner.get(), notes.get(),
                base == null ? null : base.createdAt(), base == null ? null : base.updatedAt(),
                base != null && base.archived(), kind.get(), customFields.values());
        return base == null ? edited : edited.withAuthors(base.createdBy(), base.updatedBy());
    }

    public EmailEntry addEmail() {
        EmailEntry entry = new EmailEntry(texts);
        entry.primaryProperty().set(emails.isEmpty());
        emails.add(entry);
        return entry;
    }

    public void removeEmail(EmailEntry entry) {
        emails.remove(entry);
    }

    public PhoneEntry addPhone() {
        PhoneEntry entry = new PhoneEntry(texts);
        phones.add(entry);
        return entry;
    }

    public void removePhone(PhoneEntry entry) {
        phones.remove(entry);
    }

    private void fill(Client client) {
        kind.set(client.kind());
        ClientName name = client.name();
        displayName.set(name.displayName());
        familyName.set(Strings.trimToEmpty(name.familyName()));
        givenName.set(Strings.trimToEmpty(name.givenName()));
        nameOrder.set(name.order());
        honorific.set(Strings.trimToEmpty(name.honorific()));
        nickname.set(Strings.trimToEmpty(name.nickname()));
        organisation.set(Strings.trimToEmpty(client.organisation()));
        jobTitle.set(Strings.trimToEmpty(client.jobTitle()));
        relationship.set(client.relationship());
        segment.set(client.segment());
        internal.set(client.internal());
        customerType.set(client.customerType());
        emails.setAll(client.emails().stream().map(email -> new EmailEntry(texts, email)).toList());
        phones.setAll(client.phones().stream().map(phone -> new PhoneEntry(texts, phone)).toList());
        PostalAddress address = client.address();
        street.set(Strings.trimToEmpty(address.street()));
        unit.set(Strings.trimToEmpty(address.unit()));
        city.set(Strings.trimToEmpty(address.city()));
        region.set(Strings.trimToEmpty(address.region()));
        postcode.set(Strings.trimToEmpty(address.postcode()));
        country.set(Strings.trimToEmpty(address.country()));
        jibun.set(Strings.trimToEmpty(address.jibun()));
        Birthday birthday = client.birthday();
        birthMonth.set(birthday == null ? null : birthday.month());
        birthDay.set(birthday == null ? null : birthday.day());
        birthYear.set(birthday == null || birthday.year() == null ? "" : birthday.year().toString());
        lunarBirthday.set(birthday != null && birthday.lunar());
        leapMonth.set(birthday != null && birthday.leapMonth());
        tags.set(String.join(", ", client.tags()));
        source.set(Strings.trimToEmpty(client.source()));
        accountOwner.set(Strings.trimToEmpty(client.accountOwner()));
        notes.set(Strings.trimToEmpty(client.notes()));
        customFields.show(client.customValues());
    }

    private void markSaved() {
        savedSnapshot.set(snapshot());
    }

    /** Every value the user can edit, for comparing with what was loaded. */
    private List<Object> snapshot() {
        List<Object> values = new ArrayList<>(fields.size() + 2);
        fields.forEach(field -> values.add(field.getValue()));
        values.add(emails.stream().map(e -> Arrays.asList(e.labelProperty().get(), e.addressProperty().get(),
                e.primaryProperty().get())).toList());
        values.add(phones.stream().map(p -> List.of(p.labelProperty().get(), p.numberProperty().get())).toList());
        values.add(customFields.snapshot());
        return values;
    }

    /** Keeps the display name following family and given name until the user types their own. */
    private void composeDisplayName() {
        NameOrder order = nameOrder.get() != null ? nameOrder.get()
                : NameOrder.suggestedFor(familyName.get(), givenName.get());
        String composed = ClientName.compose(familyName.get(), givenName.get(), order);
        if (Strings.isBlank(displayName.get()) || displayName.get().equals(lastComposedName)) {
            displayName.set(composed);
        }
        lastComposedName = composed;
    }

    private void keepOnePrimary(javafx.collections.ListChangeListener.Change<? extends EmailEntry> change) {
        while (change.next()) {
            if (change.wasUpdated()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    EmailEntry updated = emails.get(i);
                    if (updated.primaryProperty().get()) {
                        emails.stream().filter(other -> other != updated)
                                .forEach(other -> other.primaryProperty().set(false));
                    }
                }
            }
        }
    }

    private String validateName() {
        String composed = ClientName.compose(familyName.get(), givenName.get(), NameOrder.GIVEN_FIRST);
        if (Strings.isBlank(displayName.get()) && composed.isEmpty()) {
            return texts.get("validation.name.required");
        }
        if (Strings.trimToEmpty(displayName.get()).length() > ClientName.MAX_DISPLAY_LENGTH) {
            return texts.get("validation.name.tooLong", ClientName.MAX_DISPLAY_LENGTH);
        }
        return null;
    }

    private String validateBirthday() {
        Integer month = birthMonth.get();
        Integer day = birthDay.get();
        String yearText = Strings.trimToEmpty(birthYear.get());
        if (month == null && day == null && yearText.isEmpty()) {
            return null;
        }
        if (month == null || day == null) {
            return texts.get("validation.birthday.incomplete");
        }
        Integer year = null;
        if (!yearText.isEmpty()) {
            if (!yearText.matches("\\d{4}")) {
                return texts.get("validation.birthday.year", yearText);
            }
            year = Integer.valueOf(yearText);
        }
        if (!Birthday.isValid(month, day, year, lunarBirthday.get())) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, texts.locale());
            return yearText.isEmpty() ? texts.get("validation.birthday.notADate", monthName, day)
                    : texts.get("validation.birthday.notADateInYear", monthName, day, yearText);
        }
        return null;
    }

    private PostalAddress address() {
        return new PostalAddress(street.get(), unit.get(), city.get(), region.get(), postcode.get(), country.get(),
                jibun.get());
    }

    /** Korean postcodes (since 2015) have five digits; other countries' are left as written. */
    private String validateAddress() {
        String code = Strings.trimToEmpty(postcode.get());
        if (!code.isEmpty() && AddressFormat.isKorean(address()) && !code.matches("\\d{5}")) {
            return texts.get("validation.postcode.korean", code);
        }
        return null;
    }

    private String validateTags() {
        return parseTags(tags.get()).stream().filter(tag -> tag.length() > MAX_TAG_LENGTH).findFirst()
                .map(tag -> texts.get("validation.tag.tooLong", MAX_TAG_LENGTH)).orElse(null);
    }

    static List<String> parseTags(String text) {
        return Arrays.stream(Strings.trimToEmpty(text).split(","))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList();
    }

    private String describeTimestamps() {
        Client client = loaded.get();
        if (client == null || client.createdAt() == null) {
            return "";
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(texts.locale()).withZone(ZoneId.systemDefault());
        String created = format.format(client.createdAt());
        String updated = format.format(client.updatedAt());
        if (client.updatedBy() == null) {
            return texts.get("clients.form.timestamps", created, updated);
        }
        return client.createdBy() == null ? texts.get("who.timestamps.updatedBy", created, updated, client.updatedBy())
                : texts.get("who.timestamps", created, client.createdBy(), updated, client.updatedBy());
    }

    public ReadOnlyObjectProperty<Client> loadedProperty() { return loaded.getReadOnlyProperty(); }
    public ObjectProperty<ClientKind> kindProperty() { return kind; }
    public CustomFieldsFormViewModel customFields() { return customFields; }
    public StringProperty displayNameProperty() { return displayName; }
    public StringProperty familyNameProperty() { return familyName; }
    public StringProperty givenNameProperty() { return givenName; }
    public ObjectProperty<NameOrder> nameOrderProperty() { return nameOrder; }
    public StringProperty honorificProperty() { return honorific; }
    public StringProperty nicknameProperty() { return nickname; }
    public StringProperty organisationProperty() { return organisation; }
    public StringProperty jobTitleProperty() { return jobTitle; }
    public ObjectProperty<Relationship> relationshipProperty() { return relationship; }
    public ObjectProperty<Segment> segmentProperty() { return segment; }
    public BooleanProperty internalProperty() { return internal; }
    public ObjectProperty<CustomerType> customerTypeProperty() { return customerType; }
    public ObservableList<EmailEntry> emails() { return emails; }
    public ObservableList<PhoneEntry> phones() { return phones; }
    public StringProperty streetProperty() { return street; }
    public StringProperty unitProperty() { return unit; }
    public StringProperty cityProperty() { return city; }
    public StringProperty regionProperty() { return region; }
    public StringProperty postcodeProperty() { return postcode; }
    public StringProperty countryProperty() { return country; }
    public StringProperty jibunProperty() { return jibun; }
    public StringBinding addressErrorProperty() { return addressError; }
    public ObjectProperty<Integer> birthMonthProperty() { return birthMonth; }
    public ObjectProperty<Integer> birthDayProperty() { return birthDay; }
    public StringProperty birthYearProperty() { return birthYear; }
    public BooleanProperty lunarBirthdayProperty() { return lunarBirthday; }
    public BooleanProperty leapMonthProperty() { return leapMonth; }
    public StringProperty tagsProperty() { return tags; }
    public StringProperty sourceProperty() { return source; }
    public StringProperty accountOwnerProperty() { return accountOwner; }
    public StringProperty notesProperty() { return notes; }
    public StringBinding nameErrorProperty() { return nameError; }
    public StringBinding birthdayErrorProperty() { return birthdayError; }
    public StringBinding tagsErrorProperty() { return tagsError; }
    public BooleanBinding validProperty() { return valid; }
    public BooleanBinding dirtyProperty() { return dirty; }
    public StringBinding titleProperty() { return title; }
    public StringBinding timestampsProperty() { return timestamps; }

    public boolean isNew() {
        return loaded.get() == null;
    }

    /** The name to use when asking about this form's unsaved changes. */
    public String nameForPrompt() {
        String name = Strings.trimToEmpty(displayName.get());
        return name.isEmpty() ? Objects.requireNonNullElse(title.get(), "") : name;
    }
}
