package app.clientele.view.reminders;

import app.clientele.viewmodel.reminders.ReminderNotifier;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Shows the notifier's notice as a ControlsFX notification in the corner of the window, which
 * does not block anything; clicking it opens the Reminders view.
 */
public final class ReminderNotifications {
    private ReminderNotifications() {
    }

    public static void show(ReminderNotifier notifier, Window owner, String title, Runnable openReminders) {
        notifier.noticeProperty().addListener((observable, before, notice) -> {
            if (notice != null && owner.isShowing()) {
                Notifications.create()
                        .owner(owner)
                        .title(title)
                        .text(notice.text())
                        .hideAfter(Duration.seconds(20))
                        .onAction(event -> openReminders.run())
                        .showInformation();
            }
        });
    }
}
