package app.clientele.testutil;

import app.clientele.domain.Birthday;
import app.clientele.domain.Client;
import app.clientele.domain.ClientKind;
import app.clientele.domain.ClientName;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomValues;
import app.clientele.domain.CustomerType;
import app.clientele.domain.EmailAddress;
import app.clientele.domain.NameOrder;
import app.clientele.domain.PhoneNumber;
import app.clientele.domain.PostalAddress;
import app.clientele.domain.Relationship;
import app.clientele.domain.Segment;
import java.util.ArrayList;
import java.util.List;

/** Builds clients for tests: sensible defaults, change only what the test is about. */
public final class ClientBuilder {
    private ClientName name = ClientName.of("Jane Doe");
    private String organisation;
    private String jobTitle;
    private Relationship relationship = Relationship.CLIENT;
    private Segment segment = Segment.INDIVIDUAL;
    private boolean internal;
    private CustomerType customerType = CustomerType.NEW;
    private final List<EmailAddress> emails = new ArrayList<>();
    private final List<PhoneNumber> phones = new ArrayList<>();
    private PostalAddress address = PostalAddress.EMPTY;
    private Birthday birthday;
    private List<String> tags = List.of();
    private String source;
    private String accountOwner;
    private String notes;
    private boolean archived;
    private ClientKind kind = ClientKind.PERSON;
    private CustomValues customValues = CustomValues.NONE;

    private ClientBuilder() {
    }

    public static ClientBuilder aClient() {
        return new ClientBuilder();
    }

    /** 박민수: a Korean client with every field filled. */
    public static ClientBuilder aKoreanClient() {
        return aClient()
                .withName(new ClientName("박민수", "박", "민수", NameOrder.FAMILY_FIRST, "대표님", "민수형"))
                .withOrganisation("한빛세무회계").withJobTitle("대표")
                .withRelationship(Relationship.CLIENT).withSegment(Segment.BUSINESS)
                .withCustomerType(CustomerType.LOYAL)
                .withEmail("work", "minsu.park@hanbit.example")
                .withPhone("mobile", "010-1234-5678")
                .withPhone("work", "02-123-4567")
                .withAddress(new PostalAddress("세종대로 110", "3층 301호", "중구", "서울특별시", "04524", "대한민국",
                        "태평로1가 31"))
                .withBirthday(new Birthday(8, 15, 1966, true, false))
                .withTags("세무", "VIP")
                .withSource("지인 소개").withAccountOwner("김지현").withNotes("매년 5월 종합소득세 신고");
    }

    public ClientBuilder withName(String displayName) {
        this.name = ClientName.of(displayName);
        return this;
    }

    public ClientBuilder withName(ClientName clientName) {
        this.name = clientName;
        return this;
    }

    public ClientBuilder withOrganisation(String value) {
        this.organisation = value;
        return this;
    }

    public ClientBuilder withJobTitle(String value) {
        this.jobTitle = value;
        return this;
    }

    public ClientBuilder withRelationship(Relationship value) {
        this.relationship = value;
        return this;
    }

    public ClientBuilder withSegment(Segment value) {
        this.segment = value;
        return this;
    }

    public ClientBuilder internal() {
        this.internal = true;
        return this;
    }

    public ClientBuilder withCustomerType(CustomerType value) {
        this.customerType = value;
        return this;
    }

    public ClientBuilder withEmail(String label, String address) {
        emails.add(new EmailAddress(label, address, emails.isEmpty()));
        return this;
    }

    public ClientBuilder withPhone(String label, String number) {
        phones.add(new PhoneNumber(label, number));
        return this;
    }

    public ClientBuilder withAddress(PostalAddress value) {
        this.address = value;
        return this;
    }

    public ClientBuilder withBirthday(Birthday value) {
        this.birthday = value;
        return this;
    }

    public ClientBuilder withTags(String... values) {
        this.tags = List.of(values);
        return this;
    }

    public ClientBuilder withSource(String value) {
        this.source = value;
        return this;
    }

    public ClientBuilder withAccountOwner(String value) {
        this.accountOwner = value;
        return this;
    }

    public ClientBuilder withNotes(String value) {
        this.notes = value;
        return this;
    }

    public ClientBuilder archived() {
        this.archived = true;
        return this;
    }

    public ClientBuilder organisation() {
        this.kind = ClientKind.ORGANISATION;
        return this;
    }

    /** Sets a value of one of the firm's own fields (canonical text, as the field normalises it). */
    public ClientBuilder withCustom(CustomField field, String value) {
        this.customValues = customValues.with(field, field.normalise(value));
        return this;
    }

    public Client build() {
        return new Client(null, 0, name, organisation, jobTitle, relationship, segment, internal, customerType,
                emails, phones, address, birthday, tags, source, accountOwner, notes, null, null, archived, kind,
                customValues);
    }
}
