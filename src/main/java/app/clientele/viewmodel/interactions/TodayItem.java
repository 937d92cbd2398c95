package app.clientele.viewmodel.interactions;

import app.clientele.domain.ContactStatus;
import app.clientele.domain.DateReminder;
import app.clientele.domain.DueGroup;
import app.clientele.domain.FollowUp;

/**
 * One line of the Today page: a group's heading, a follow-up, a client due to be contacted, or a
 * date of one of the firm's own fields coming up.
 */
public sealed interface TodayItem {

    record Heading(String text) implements TodayItem {
    }

    record Task(FollowUp followUp, DueGroup group) implements TodayItem {
    }

    record DueToContact(ContactStatus status) implements TodayItem {
    }

    record DateComing(DateReminder reminder) implements TodayItem {
    }
}
