package app.clientele.viewmodel.interactions;

import app.clientele.domain.ClientRef;
import app.clientele.domain.FollowUp;
import app.clientele.domain.FollowUpStatus;
import app.clientele.domain.Priority;
import app.clientele.domain.Strings;
import app.clientele.i18n.Texts;
import app.clientele.viewmodel.Dates;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The editable fields of one follow-up, with their checks; used by the log form and the follow-up form. */
public final class FollowUpFields {
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>();
    private final StringProperty dueTime = new SimpleStringProperty("");
    private final ObjectProperty<Priority> priority = new SimpleObjectProperty<>(Priority.NORMAL);
    private final StringBinding titleError;
    private final StringBinding dueError;
    private final BooleanBinding valid;
    private FollowUp loaded;

    FollowUpFields(Texts texts) {
        titleError = Bindings.createStringBinding(() -> {
            String value = Strings.trimToEmpty(title.get());
            if (value.isEmpty()) {
                return texts.get("followUps.validation.title");
            }
            return value.length() > FollowUp.MAX_TITLE_LENGTH
                    ? texts.get("validation.tooLong", FollowUp.MAX_TITLE_LENGTH) : null;
        }, title);
        dueError = Bindings.createStringBinding(() -> {
            if (dueDate.get() == null) {
                return texts.get("followUps.validation.dueDate");
            }
            return timeError(texts, dueTime.get());
        }, dueDate, dueTime);
        valid = titleError.isNull().and(dueError.isNull());
    }

    /** Empty fields for a new follow-up due on {@code day}. */
    void reset(String suggestedTitle, LocalDate day) {
        loaded = null;
        title.set(Strings.trimToEmpty(suggestedTitle));
        notes.set("");
        dueDate.set(day);
        dueTime.set("");
        priority.set(Priority.NORMAL);
    }

    void load(FollowUp followUp) {
        loaded = followUp;
        title.set(followUp.title());
        notes.set(Strings.trimToEmpty(followUp.notes()));
        dueDate.set(followUp.dueDate());
        dueTime.set(Dates.formatTime(followUp.dueTime()));
        priority.set(followUp.priority());
    }

    /** The follow-up as edited; a loaded one keeps its id, version and status. Only when valid. */
    FollowUp toFollowUp(ClientRef client, Long interactionId) {
        FollowUp base = loaded;
        boolean isNew = base == null;
        return new FollowUp(isNew ? null : base.id(), isNew ? 0 : base.version(), isNew ? client : base.client(),
                isNew ? interactionId : base.interactionId(), title.get(), notes.get(), dueDate.get(),
                Dates.parseTime(dueTime.get()), priority.get(), isNew ? FollowUpStatus.OPEN : base.status(),
                isNew ? null : base.completedAt(), isNew ? null : base.createdAt(), isNew ? null : base.updatedAt(),
                isNew ? null : base.createdBy(), isNew ? null : base.updatedBy());
    }

    FollowUp loaded() {
        return loaded;
    }

    static String timeError(Texts texts, String text) {
        try {
            Dates.parseTime(text);
            return null;
        } catch (DateTimeParseException notATime) {
            return texts.get("validation.time", Strings.trimToEmpty(text));
        }
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty notesProperty() { return notes; }
    public ObjectProperty<LocalDate> dueDateProperty() { return dueDate; }
    public StringProperty dueTimeProperty() { return dueTime; }
    public ObjectProperty<Priority> priorityProperty() { return priority; }
    public StringBinding titleErrorProperty() { return titleError; }
    public StringBinding dueErrorProperty() { return dueError; }
    public BooleanBinding validProperty() { return valid; }
}
