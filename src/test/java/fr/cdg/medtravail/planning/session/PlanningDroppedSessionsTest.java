package fr.cdg.medtravail.planning.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.planning.session.DroppedSessions.Decision;
import fr.cdg.medtravail.planning.session.DroppedSessions.Fate;
import org.junit.jupiter.api.Test;

/** What a re-plan does to the published sessions it no longer uses, without the solver. */
class PlanningDroppedSessionsTest {

    private static final LocalDate DAY = LocalDate.of(2031, 3, 3);
    private static final long NURSE = 1;
    private static final long COLLEAGUE = 2;
    private static final long CABINET = 10;

    private static PlannedSession published(long id, long professional, Half half, long cabinet) {
        return new PlannedSession(id, 1, professional, DAY, half, cabinet, SessionStatus.PUBLISHED, true, 210,
                DAY.minusDays(30), Map.of());
    }

    private static SessionDraft draft(long professional, Half half, long cabinet) {
        return new SessionDraft(professional, DAY, half, cabinet, false, List.of(7L));
    }

    @Test
    void aSessionTheNewPlanKeepsIsNotDropped() {
        var kept = published(100, NURSE, Half.AM, CABINET);
        assertThat(DroppedSessions.decide(List.of(kept), List.of(draft(NURSE, Half.AM, CABINET)), Set.of(100L)))
                .isEmpty();
    }

    @Test
    void aColleagueAtTheSameCabinetAndHalfDayTakesTheSessionOver() {
        var session = published(100, NURSE, Half.AM, CABINET);
        var colleague = draft(COLLEAGUE, Half.AM, CABINET);
        assertThat(DroppedSessions.decide(List.of(session), List.of(colleague), Set.of(100L)))
                .containsExactly(new Decision(session, Fate.HANDED_OVER, colleague));
    }

    @Test
    void elsewhereOrAnotherHalfDayIsNoReplacement() {
        var session = published(100, NURSE, Half.AM, CABINET);
        var plan = List.of(draft(COLLEAGUE, Half.PM, CABINET), draft(COLLEAGUE, Half.AM, CABINET + 1));
        assertThat(DroppedSessions.decide(List.of(session), plan, Set.of(100L)))
                .containsExactly(new Decision(session, Fate.WITHDRAWN, null));
        assertThat(DroppedSessions.decide(List.of(session), plan, Set.of()))
                .containsExactly(new Decision(session, Fate.DELETED, null));
    }

    @Test
    void aSessionAlreadyPublishedForTheColleagueIsNotAReplacementAndEachDraftReplacesOneSession() {
        var dropped = published(100, NURSE, Half.AM, CABINET);
        var colleagues = published(101, COLLEAGUE, Half.AM, CABINET);
        var other = published(102, 3, Half.AM, CABINET);
        var plan = List.of(draft(COLLEAGUE, Half.AM, CABINET), draft(4, Half.AM, CABINET));
        assertThat(DroppedSessions.decide(List.of(dropped, colleagues, other), plan, Set.of(100L)))
                .containsExactly(new Decision(dropped, Fate.HANDED_OVER, plan.get(1)),
                        new Decision(other, Fate.DELETED, null));
    }
}
