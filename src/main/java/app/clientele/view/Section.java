package app.clientele.view;

/**
 * One place in the window's navigation: its id, the text key of its title, its icon and the FXML
 * that shows it. Sections are listed in {@code app.MainWindow}; the first one opens at start.
 */
public record Section(String id, String titleKey, String icon, String fxml) {
}
