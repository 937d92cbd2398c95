package app.clientele.viewmodel.people;

import static app.clientele.testutil.ClientBuilder.aClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clientele.domain.CustomField;
import app.clientele.domain.CustomFieldType;
import app.clientele.i18n.Texts;
import app.clientele.persistence.Database;
import app.clientele.persistence.JdbiClientRepository;
import app.clientele.persistence.JdbiCustomFieldRepository;
import app.clientele.testutil.MutableClock;
import app.clientele.testutil.SameThreadTaskRunner;
import app.clientele.testutil.ScriptedDialogs;
import app.clientele.viewmodel.Dates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomFieldsViewModelTest {
    @TempDir
    Path folder;
    private Database database;
    private JdbiCustomFieldRepository repository;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MutableClock clock = MutableClock.at("2026-11-29T10:15:30", ZoneOffset.UTC);
    private int changes;
    private CustomFieldsViewModel fields;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("data"));
        repository = new JdbiCustomFieldRepository(database.jdbi(), clock);
        Texts texts = new Texts(Locale.ENGLISH);
        fields = new CustomFieldsViewModel(repository, new SameThreadTaskRunner(), dialogs, texts,
                new Dates(clock, texts), folder.resolve("data").resolve("backups"), () -> changes++);
        fields.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewDateField_withAReminder_isAddedAndOpenedForEditing() {
        fields.startNew();
        fields.nameProperty().set("Renewal date");
        fields.typeProperty().set(CustomFieldType.DATE);
        fields.remindProperty().set(true);
        fields.remindDaysProperty().set("45");

        fields.save();

        CustomField saved = repository.fields().get(0);
        assertEquals("Renewal date", saved.name());
        assertEquals(45, saved.remindDaysBefore());
        assertEquals(saved, fields.editingProperty().get());
        assertEquals("Field “Renewal date”", fields.editorTitleProperty().get());
        assertEquals("Date · reminded 45 days ahead", fields.describe(saved));
        assertEquals(1, changes, "the client list and form are told");
    }

    @Test
    void theEditor_explainsWhatIsWrong_andSavesNothingUntilItIsRight() {
        repository.create(CustomField.newField("Policy number", CustomFieldType.TEXT, null, null));
        fields.load();
        fields.startNew();
        assertNull(fields.nameErrorProperty().get(), "not scolded before typing");
        assertFalse(fields.validProperty().get());
        fields.nameProperty().set("  ");
        assertFalse(fields.validProperty().get());
        fields.nameProperty().set("policy  NUMBER");
        assertEquals("There is already a field named “policy  NUMBER”.", fields.nameErrorProperty().get());
        fields.nameProperty().set("Notes");
        assertEquals("“Notes” is already one of Clientele’s own fields; choose another name.", fields.nameErrorProperty().get());
        fields.nameProperty().set("Tier");
        fields.typeProperty().set(CustomFieldType.CHOICE);
        assertEquals("A choice list needs at least one choice.", fields.choicesErrorProperty().get());
        fields.choicesProperty().set("Gold\n\nSilver\ngold\n");
        fields.typeProperty().set(CustomFieldType.DATE);
        fields.remindProperty().set(true);
        fields.remindDaysProperty().set("400");
        assertEquals("Remind 1 to 366 days before.", fields.remindErrorProperty().get());
        assertFalse(fields.validProperty().get());
        fields.save();
        assertEquals(1, repository.fields().size());

        fields.typeProperty().set(CustomFieldType.CHOICE);
        assertTrue(fields.validProperty().get());
        fields.save();
        assertEquals(List.of("Gold", "Silver"), repository.fields().get(1).choices());
        assertEquals("Choice list: Gold, Silver", fields.describe(repository.fields().get(1)));
    }

    @Test
    void removingAField_asksFirst_keepsACopyOfItsValues_andSaysWhere() throws Exception {
        CustomField policy = repository.create(CustomField.newField("Policy number", CustomFieldType.TEXT, null, null));
        new JdbiClientRepository(database.jdbi(), clock).create(aClient().withName("Kim").withCustom(policy, "HB-1").build());
        fields.load();
        fields.edit(fields.fields().get(0));

        dialogs.answerConfirm(false);
        fields.remove(fields.fields().get(0));
        assertEquals(1, repository.fields().size(), "cancelled: nothing removed");

        dialogs.answerConfirm(true);
        fields.remove(fields.fields().get(0));

        Path backup = folder.resolve("data").resolve("backups").resolve("custom-field-Policy-number-20261129-101530.csv");
        assertEquals(List.of(), repository.fields());
        assertEquals(List.of(), fields.fields());
        assertNull(fields.editingProperty().get());
        assertTrue(Files.readString(backup, StandardCharsets.UTF_8).endsWith("Kim,HB-1\r\n"));
        assertEquals(List.of("The field “Policy number” was removed. Its values were saved to " + backup + "."),
                dialogs.infos());
        assertEquals(List.of("confirm:Remove the field “Policy number”?", "confirm:Remove the field “Policy number”?"),
                dialogs.asked());
    }

    @Test
    void aFieldWhoseBackupCannotBeWritten_isNotRemoved() throws Exception {
        CustomField policy = repository.create(CustomField.newField("Policy number", CustomFieldType.TEXT, null, null));
        Files.writeString(folder.resolve("data").resolve("backups"), "a file where the folder should be");
        fields.load();

        dialogs.answerConfirm(true);
        fields.remove(policy);

        assertEquals(List.of(policy), repository.fields());
        assertEquals(1, dialogs.errors().size());
        assertTrue(dialogs.errors().get(0).startsWith("The copy of the field’s values could not be written to"),
                dialogs.errors().get(0));
    }

    @Test
    void fields_moveUpAndDown() {
        repository.create(CustomField.newField("A", CustomFieldType.TEXT, null, null));
        repository.create(CustomField.newField("B", CustomFieldType.TEXT, null, null));
        repository.create(CustomField.newField("C", CustomFieldType.TEXT, null, null));
        fields.load();

        fields.move(fields.fields().get(2), -1);
        fields.move(fields.fields().get(0), 1);
        fields.move(fields.fields().get(0), -1);

        assertEquals(List.of("C", "A", "B"), repository.fields().stream().map(CustomField::name).toList());
        assertEquals(repository.fields(), fields.fields());
        assertEquals(2, changes);
    }
}
