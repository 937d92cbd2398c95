package app.clientele.insights;

import app.clientele.domain.Channel;
import app.clientele.domain.CustomerType;
import app.clientele.domain.InsightsRepository.Moment;
import app.clientele.domain.InsightsRepository.ScoredClient;
import app.clientele.domain.KeepInTouchState;
import app.clientele.domain.Relationship;
import app.clientele.domain.RepeatBusiness;
import app.clientele.domain.Segment;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the dashboard shows, as of one day. Client counts are of active (not archived)
 * clients; activity charts cover the last twelve months and new clients the last twenty-four.
 */
public record Dashboard(
        LocalDate today,
        long activeClients,
        Map<Relationship, Long> byRelationship,
        Map<Segment, Long> bySegment,
        Map<CustomerType, Long> byCustomerType,
        List<MonthCount> added,
        List<MonthChannels> interactions,
        List<MonthTimeliness> followUps,
        List<MomentCount> overdue,
        List<MonthScore> satisfaction,
        Map<Integer, Long> byLastScore,
        long atRiskClients,
        List<ScoredClient> atRisk,
        Map<KeepInTouchState, Long> keepInTouch,
        Map<RepeatBusiness, Long> repeat) {

    /** How many clients were added in a month. */
    public record MonthCount(Month month, long count) {
    }

    /** A month's interactions by channel. */
    public record MonthChannels(Month month, Map<Channel, Long> byChannel) {
    }

    /** A month's follow-ups done by the end of their due day, and those done later. */
    public record MonthTimeliness(Month month, long onTime, long late) {
    }

    /** How many follow-ups were overdue at the start of a day. */
    public record MomentCount(Moment moment, long count) {
    }

    /** The average satisfaction score given in a month (null without scores) and how many scores there were. */
    public record MonthScore(Month month, Double average, long scores) {
    }
}
