package app.clientele;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering rules of docs/DeveloperGuide.md, checked on every build. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.clientele");

    @Test
    void domain_knowsOnlyTheJdk() {
        noClasses().that().resideInAPackage("app.clientele.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..",
                        "org.h2..", "app.clientele.persistence..", "app.clientele.viewmodel..",
                        "app.clientele.view..", "app.clientele.app..")
                .check(CLASSES);
    }

    @Test
    void viewModels_touchNoNodesNoFxmlAndNoDatabase() {
        noClasses().that().resideInAPackage("app.clientele.viewmodel..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.fxml..",
                        "javafx.stage..", "org.controlsfx..", "org.jdbi..", "java.sql..",
                        "app.clientele.persistence..", "app.clientele.view..", "app.clientele.app..")
                .check(CLASSES);
    }

    @Test
    void textRules_arePlainFunctionsWithoutUiOrDatabase() {
        noClasses().that().resideInAPackage("app.clientele.text..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..",
                        "app.clientele.persistence..", "app.clientele.viewmodel..", "app.clientele.view..",
                        "app.clientele.app..")
                .check(CLASSES);
    }

    @Test
    void exchange_knowsTheDomainAndFileLibrariesOnly() {
        noClasses().that().resideInAPackage("app.clientele.exchange..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..",
                        "org.h2..", "app.clientele.persistence..", "app.clientele.viewmodel..",
                        "app.clientele.view..", "app.clientele.app..", "app.clientele.i18n..")
                .check(CLASSES);
    }

    @Test
    void insights_knowTheDomainOnly() {
        noClasses().that().resideInAPackage("app.clientele.insights..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..",
                        "org.h2..", "app.clientele.persistence..", "app.clientele.viewmodel..",
                        "app.clientele.view..", "app.clientele.app..", "app.clientele.i18n..")
                .check(CLASSES);
    }

    @Test
    void reminderRules_knowNoUiAndNoDatabase() {
        noClasses().that().resideInAPackage("app.clientele.reminders..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..", "org.h2..",
                        "app.clientele.persistence..", "app.clientele.viewmodel..", "app.clientele.view..",
                        "app.clientele.app..")
                .check(CLASSES);
    }

    @Test
    void sampleData_isMadeFromTheDomainWithoutUiOrDatabase() {
        noClasses().that().resideInAPackage("app.clientele.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jdbi..", "java.sql..",
                        "org.h2..", "app.clientele.persistence..", "app.clientele.viewmodel..",
                        "app.clientele.view..", "app.clientele.app..")
                .check(CLASSES);
    }

    @Test
    void onlyPersistence_speaksSql() {
        noClasses().that().resideOutsideOfPackages("app.clientele.persistence..", "app.clientele.app..",
                        "app.clientele.logging..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "java.sql..", "org.h2..")
                .check(CLASSES);
    }

    @Test
    void views_doNotReachIntoPersistenceOrTheApp() {
        noClasses().that().resideInAPackage("app.clientele.view..")
                .should().dependOnClassesThat().resideInAnyPackage("app.clientele.persistence..",
                        "app.clientele.app..", "org.jdbi..", "java.sql..")
                .check(CLASSES);
    }
}
