package fr.cdg.medtravail.planning.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a new plan does to the published sessions it no longer uses (their professional is no longer available). A
 * published session with appointments is never deleted silently: another professional the plan places at the same
 * cabinet, day and half-day takes the session over (same id, so the appointments follow; booking decides whether
 * that professional's kind may hold them); with nobody there, a session holding upcoming appointments is withdrawn
 * (kept for them until the secretariat decides); only a session nobody is booked on is deleted.
 */
public final class DroppedSessions {

    public enum Fate { HANDED_OVER, WITHDRAWN, DELETED }

    /** {@code replacement}: the draft of the new plan that takes the session over, only when handed over. */
    public record Decision(PlannedSession session, Fate fate, SessionDraft replacement) {
    }

    private DroppedSessions() {
    }

    /** The published sessions no draft of {@code plan} keeps, each with its fate; {@code booked}: ids with upcoming appointments. */
    public static List<Decision> decide(List<PlannedSession> published, List<SessionDraft> plan, Set<Long> booked) {
        var planned = new HashSet<String>();
        plan.forEach(draft -> planned.add(draft.slot()));
        var kept = new HashSet<String>();
        published.forEach(session -> kept.add(session.slot()));
        var taken = new HashSet<SessionDraft>();
        var decisions = new ArrayList<Decision>();
        for (var session : dropped(published, planned)) {
            // A draft already matching a published session is that session; each new one replaces one session at most.
            var replacement = plan.stream()
                    .filter(draft -> draft.samePlaceAndTime(session) && !kept.contains(draft.slot())
                            && !taken.contains(draft))
                    .findFirst();
            if (replacement.isPresent()) {
                taken.add(replacement.get());
                decisions.add(new Decision(session, Fate.HANDED_OVER, replacement.get()));
            } else {
                decisions.add(new Decision(session, booked.contains(session.id()) ? Fate.WITHDRAWN : Fate.DELETED,
                        null));
            }
        }
        return decisions;
    }

    /** The published sessions no draft of the plan keeps. */
    public static List<PlannedSession> dropped(List<PlannedSession> published, List<SessionDraft> plan) {
        var planned = new HashSet<String>();
        plan.forEach(draft -> planned.add(draft.slot()));
        return dropped(published, planned);
    }

    private static List<PlannedSession> dropped(List<PlannedSession> published, Set<String> planned) {
        return published.stream().filter(session -> !planned.contains(session.slot())).toList();
    }
}
