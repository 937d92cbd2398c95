package app.clientele.viewmodel.clients;

import app.clientele.domain.AgeBand;
import app.clientele.domain.ClientFilter;
import app.clientele.domain.ContactRecency;
import app.clientele.domain.CustomField;
import app.clientele.domain.CustomerType;
import app.clientele.domain.DateRange;
import app.clientele.domain.FieldCondition;
import app.clientele.domain.Interaction;
import app.clientele.domain.KeepInTouchState;
import app.clientele.domain.Relationship;
import app.clientele.domain.NewsletterStatus;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.ScoreRange;
import app.clientele.domain.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Clients list's search and filters as editable properties, and the {@link ClientFilter} they
 * make. A filter from elsewhere (a saved segment, a dashboard chart) is applied with a label that
 * says what the list shows, for as long as the user leaves it as it came.
 */
public final class ClientFilters {
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<Relationship> relationship = new SimpleObjectProperty<>();
    private final ObjectProperty<CustomerType> customerType = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>();
    private final BooleanProperty includeArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    private final ObjectProperty<String> region = new SimpleObjectProperty<>();
    private final ObjectProperty<AgeBand> ageBand = new SimpleObjectProperty<>();
    private final ObjectProperty<String> source = new SimpleObjectProperty<>();
    private final ObjectProperty<String> accountOwner = new SimpleObjectProperty<>();
    private final ObjectProperty<ContactRecency> lastContact = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> lowestScore = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> highestScore = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> addedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> addedTo = new SimpleObjectProperty<>();
    private final ObjectProperty<KeepInTouchState> keepInTouch = new SimpleObjectProperty<>();
    private final ObjectProperty<RepeatBusiness> repeat = new SimpleObjectProperty<>();
    private final ObjectProperty<NewsletterStatus> newsletter = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<Long>> clientIds = new SimpleObjectProperty<>();
    private final ObjectProperty<CustomField> field = new SimpleObjectProperty<>();
    private final StringProperty fieldValue = new SimpleStringProperty("");
    private final ObjectProperty<ClientFilter> applied = new SimpleObjectProperty<>();
    private final StringProperty appliedLabel = new SimpleStringProperty();

    /** The criteria beyond the first row of the filter bar. */
    private final List<ObjectProperty<?>> moreCriteria = List.of(segment, region, ageBand, source, accountOwner,
            lastContact, lowestScore, highestScore, addedFrom, addedTo, keepInTouch, repeat, newsletter, field);
    private final ReadOnlyObjectWrapper<ClientFilter> filter = new ReadOnlyObjectWrapper<>(ClientFilter.ALL_ACTIVE);
    private boolean applying;
    private final StringBinding label;
    private final IntegerBinding moreCount;
    private final BooleanBinding savable;

    public ClientFilters() {
        Observable[] everything = Stream.concat(
                Stream.of(text, relationship, customerType, tag, includeArchived, clientIds, fieldValue),
                moreCriteria.stream()).toArray(Observable[]::new);
        // One new filter per change, and one for a whole filter applied (not one per criterion set).
        for (Observable criterion : everything) {
            criterion.addListener(changed -> {
                if (!applying) {
                    filter.set(build());
                }
            });
        }
        label = Bindings.createStringBinding(
                () -> Objects.equals(applied.get(), filter.get()) ? appliedLabel.get() : null, applied, appliedLabel,
                filter);
        moreCount = Bindings.createIntegerBinding(() -> (int) Stream.of(filter.get().segment(),
                        filter.get().region(), filter.get().ageBand(), filter.get().source(), filter.get().accountOwner(),
                        filter.get().lastContact(), filter.get().satisfaction(), filter.get().added(),
                        filter.get().keepInTouch(), filter.get().repeat(), filter.get().newsletter(),
                        filter.get().field())
                .filter(Objects::nonNull).count(), filter);
        savable = Bindings.createBooleanBinding(() -> filter.get().isSavable() && !filter.get().isEmpty(), filter);
    }

    /** Shows exactly what the filter selects, every other criterion cleared, under a label saying what it is. */
    public void apply(ClientFilter wanted, String what) {
        applying = true;
        try {
            setAll(wanted);
        } finally {
            applying = false;
        }
        filter.set(build());
        applied.set(filter.get());
        appliedLabel.set(what);
    }

    private void setAll(ClientFilter wanted) {
        text.set(wanted.text());
        relationship.set(wanted.relationship());
        customerType.set(wanted.customerType());
        tag.set(wanted.tag());
        includeArchived.set(wanted.includeArchived());
        segment.set(wanted.segment());
        region.set(wanted.region());
        ageBand.set(wanted.ageBand());
        source.set(wanted.source());
        accountOwner.set(wanted.accountOwner());
        lastContact.set(wanted.lastContact());
        lowestScore.set(wanted.satisfaction() == null ? null : wanted.satisfaction().min());
        highestScore.set(wanted.satisfaction() == null ? null : wanted.satisfaction().max());
        addedFrom.set(wanted.added() == null ? null : wanted.added().from());
        addedTo.set(wanted.added() == null ? null : wanted.added().to());
        keepInTouch.set(wanted.keepInTouch());
        repeat.set(wanted.repeat());
        newsletter.set(wanted.newsletter());
        clientIds.set(wanted.clientIds());
        field.set(wanted.field() == null ? null : wanted.field().field());
        fieldValue.set(wanted.field() == null || wanted.field().value() == null ? "" : wanted.field().value());
    }

    /** Back to every active client. */
    public void clear() {
        apply(ClientFilter.ALL_ACTIVE, null);
    }

    /** Clears the criteria beyond the first row, and any fixed set of clients. */
    public void clearMore() {
        apply(filter.get().toBuilder().segment(null).region(null).ageBand(null).source(null).accountOwner(null)
                .lastContact(null).satisfaction(null).added(null).keepInTouch(null).repeat(null).newsletter(null)
                .clientIds(null).field(null).build(), null);
    }

    private ClientFilter build() {
        return ClientFilter.builder()
                .text(text.get())
                .relationship(relationship.get())
                .customerType(customerType.get())
                .tag(tag.get())
                .includeArchived(includeArchived.get())
                .segment(segment.get())
                .region(region.get())
                .ageBand(ageBand.get())
                .source(source.get())
                .accountOwner(accountOwner.get())
                .lastContact(lastContact.get())
                .satisfaction(scores())
                .added(added())
                .keepInTouch(keepInTouch.get())
                .repeat(repeat.get())
                .newsletter(newsletter.get())
                .clientIds(clientIds.get())
                .field(field.get() == null ? null : new FieldCondition(field.get(), fieldValue.get()))
                .build();
    }

    /** From the lowest to the highest score chosen; one end alone is open towards 1 or 5. */
    private ScoreRange scores() {
        Integer low = lowestScore.get();
        Integer high = highestScore.get();
        if (low == null && high == null) {
            return null;
        }
        int from = low == null ? Interaction.MIN_SATISFACTION : low;
        int to = high == null ? Interaction.MAX_SATISFACTION : high;
        return new ScoreRange(Math.min(from, to), Math.max(from, to));
    }

    /** The days chosen, in whichever order they were picked. */
    private DateRange added() {
        LocalDate from = addedFrom.get();
        LocalDate to = addedTo.get();
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null && to.isBefore(from)) {
            return new DateRange(to, from);
        }
        return new DateRange(from, to);
    }

    public ReadOnlyObjectProperty<ClientFilter> filterProperty() { return filter.getReadOnlyProperty(); }
    /** What the list shows when it came from a segment or a chart and is unchanged since; else null. */
    public StringBinding labelProperty() { return label; }
    /** How many criteria beyond the first row are set. */
    public IntegerBinding moreCountProperty() { return moreCount; }
    /** Whether the filter can be saved as a segment: it narrows the list, by rules only. */
    public BooleanBinding savableProperty() { return savable; }
    public StringProperty textProperty() { return text; }
    public ObjectProperty<Relationship> relationshipProperty() { return relationship; }
    public ObjectProperty<CustomerType> customerTypeProperty() { return customerType; }
    public ObjectProperty<String> tagProperty() { return tag; }
    public BooleanProperty includeArchivedProperty() { return includeArchived; }
    public ObjectProperty<Segment> segmentProperty() { return segment; }
    public ObjectProperty<String> regionProperty() { return region; }
    public ObjectProperty<AgeBand> ageBandProperty() { return ageBand; }
    public ObjectProperty<String> sourceProperty() { return source; }
    public ObjectProperty<String> accountOwnerProperty() { return accountOwner; }
    public ObjectProperty<ContactRecency> lastContactProperty() { return lastContact; }
    public ObjectProperty<Integer> lowestScoreProperty() { return lowestScore; }
    public ObjectProperty<Integer> highestScoreProperty() { return highestScore; }
    public ObjectProperty<LocalDate> addedFromProperty() { return addedFrom; }
    public ObjectProperty<LocalDate> addedToProperty() { return addedTo; }
    public ObjectProperty<KeepInTouchState> keepInTouchProperty() { return keepInTouch; }
    public ObjectProperty<RepeatBusiness> repeatProperty() { return repeat; }
    public ObjectProperty<NewsletterStatus> newsletterProperty() { return newsletter; }
    public ObjectProperty<Set<Long>> clientIdsProperty() { return clientIds; }
    /** The firm's own field the list is filtered on, or null. */
    public ObjectProperty<CustomField> fieldProperty() { return field; }
    /** The value that field must have; blank: any value. */
    public StringProperty fieldValueProperty() { return fieldValue; }
}
