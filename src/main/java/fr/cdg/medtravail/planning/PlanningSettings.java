package fr.cdg.medtravail.planning;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import fr.cdg.medtravail.planning.domain.VisitReason;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Convention numbers and tuning of the planner ({@code medtravail.planning.*}).
 *
 * @param maxTravelMinutes        collectivité → cabinet limit (MEDPREV art. 2.2)
 * @param lunchTripMinutes        longest morning → afternoon cabinet trip
 * @param sessionMinutes          visit time in a half-day session (3 h 30)
 * @param noticeDays              notice before a session (MEDPREV art. 2.4: 4 weeks)
 * @param noticeWarningDays       a draft this close to entering the notice window is flagged: publish it now
 * @param cabinetsPerCollectivite nearest reachable cabinets offered to a collectivité's demand
 * @param minutesPerVisit         visit duration per kind of visit
 * @param saveIntervalMillis      at most one stored draft per interval while a run improves
 */
@ConfigurationProperties("medtravail.planning")
public record PlanningSettings(Integer maxTravelMinutes, Integer lunchTripMinutes, Integer sessionMinutes,
                               Integer noticeDays, Integer noticeWarningDays, Integer cabinetsPerCollectivite,
                               Map<VisitReason, Integer> minutesPerVisit, Long saveIntervalMillis) {

    public PlanningSettings {
        maxTravelMinutes = maxTravelMinutes == null ? 60 : maxTravelMinutes;
        lunchTripMinutes = lunchTripMinutes == null ? 45 : lunchTripMinutes;
        sessionMinutes = sessionMinutes == null ? 210 : sessionMinutes;
        noticeDays = noticeDays == null ? 28 : noticeDays;
        noticeWarningDays = noticeWarningDays == null ? 7 : noticeWarningDays;
        cabinetsPerCollectivite = cabinetsPerCollectivite == null ? 12 : cabinetsPerCollectivite;
        var durations = new EnumMap<VisitReason, Integer>(Map.of(VisitReason.VIP, 30, VisitReason.SMP, 30,
                VisitReason.HIRING, 30, VisitReason.RETURN, 45, VisitReason.REQUEST, 30, VisitReason.ADJUSTMENT, 30));
        if (minutesPerVisit != null) {
            durations.putAll(minutesPerVisit);
        }
        minutesPerVisit = Map.copyOf(durations);
        saveIntervalMillis = saveIntervalMillis == null ? 1000L : saveIntervalMillis;
    }

    /** The first date that may still be created, changed or published, {@code today} (MEDPREV art. 2.4). */
    public LocalDate noticeDate(LocalDate today) {
        return today.plusDays(noticeDays);
    }
}
