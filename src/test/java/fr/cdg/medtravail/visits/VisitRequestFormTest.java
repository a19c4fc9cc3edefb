package fr.cdg.medtravail.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import fr.cdg.medtravail.web.FieldProblem;

class VisitRequestFormTest {

    static final LocalDate START = LocalDate.of(2027, 1, 4);

    static VisitRequestForm form(VisitKind kind, LocalDate returnOn, String motive, boolean confidential) {
        return new VisitRequestForm(1L, kind, START, returnOn, motive, confidential);
    }

    @Test
    void aReturnVisitFollowsAtLeastThirtyDaysOfAbsence() {
        assertThat(form(VisitKind.RETURN, START.plusDays(30), null, false).problems()).isEmpty();
        assertThat(form(VisitKind.RETURN, START.plusDays(29), null, false).problems())
                .extracting(FieldProblem::field).containsExactly("returnOn");
    }

    @Test
    void aPreReturnVisitIsForMoreThanThreeMonths() {
        assertThat(form(VisitKind.PRE_RETURN, START.plusMonths(3).plusDays(1), null, false).problems()).isEmpty();
        assertThat(form(VisitKind.PRE_RETURN, START.plusMonths(3), null, false).problems())
                .extracting(FieldProblem::field).containsExactly("returnOn");
        assertThat(new VisitRequestForm(1L, VisitKind.PRE_RETURN, null, null, null, false).problems())
                .extracting(FieldProblem::field).containsExactly("absenceStart", "returnOn");
    }

    @Test
    void theEmployersRequestNeedsAMotive() {
        assertThat(form(VisitKind.EMPLOYER_REQUEST, null, " ", false).problems())
                .extracting(FieldProblem::field).containsExactly("motive");
        assertThat(form(VisitKind.EMPLOYER_REQUEST, null, "Conflit au travail", false).problems()).isEmpty();
    }

    @Test
    void onlyTheAgentsOwnRequestMayBeConfidential() {
        assertThat(form(VisitKind.AGENT_REQUEST, null, null, true).problems()).isEmpty();
        assertThat(form(VisitKind.NURSE_ORIENTATION, null, null, true).problems())
                .extracting(FieldProblem::field).containsExactly("confidential");
    }

    @Test
    void periodicVisitsAreNotRequested() {
        assertThat(form(VisitKind.VIP, null, null, false).problems())
                .extracting(FieldProblem::field).containsExactly("kind");
        assertThat(new VisitRequestForm(null, null, null, null, null, false).problems())
                .extracting(FieldProblem::field).containsExactly("agentId", "kind");
    }
}
