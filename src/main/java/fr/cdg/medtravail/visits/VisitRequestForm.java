package fr.cdg.medtravail.visits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import fr.cdg.medtravail.web.FieldProblem;

/**
 * A visit request as filed by the référent, the secretariat or a nurse. {@link #problems()} holds the convention's
 * conditions (DOMAIN.md "Visit types"): a return visit after at least 30 days of absence, a pre-return visit for an
 * absence of more than 3 months, a motive for the employer's request, confidentiality only for the agent's own.
 */
public record VisitRequestForm(Long agentId, VisitKind kind, LocalDate absenceStart, LocalDate returnOn,
                               String motive, Boolean confidential) {

    public VisitRequestForm {
        confidential = Boolean.TRUE.equals(confidential);
    }

    public static final int RETURN_MIN_ABSENCE_DAYS = 30;
    public static final int PRE_RETURN_MIN_ABSENCE_MONTHS = 3;

    public List<FieldProblem> problems() {
        var problems = new ArrayList<FieldProblem>();
        if (agentId == null) {
            problems.add(FieldProblem.of("agentId", "must name the agent"));
        }
        if (kind == null || !kind.requested()) {
            problems.add(FieldProblem.of("kind", "must be one of RETURN, PRE_RETURN, AGENT_REQUEST, EMPLOYER_REQUEST,"
                    + " NURSE_ORIENTATION (periodic visits are due by the calendar, not requested)"));
            return problems;
        }
        if (kind == VisitKind.RETURN || kind == VisitKind.PRE_RETURN) {
            absenceProblems(problems);
        }
        if (kind == VisitKind.EMPLOYER_REQUEST && (motive == null || motive.isBlank())) {
            problems.add(FieldProblem.of("motive", "the employer's request needs a motive"));
        }
        if (confidential && kind != VisitKind.AGENT_REQUEST) {
            problems.add(FieldProblem.of("confidential", "only the agent's own request may be confidential"));
        }
        return problems;
    }

    private void absenceProblems(List<FieldProblem> problems) {
        if (absenceStart == null) {
            problems.add(FieldProblem.of("absenceStart", "must give the first day of absence"));
        }
        if (returnOn == null) {
            problems.add(FieldProblem.of("returnOn", "must give the (expected) day of return"));
        }
        if (absenceStart == null || returnOn == null) {
            return;
        }
        if (kind == VisitKind.RETURN && returnOn.isBefore(absenceStart.plusDays(RETURN_MIN_ABSENCE_DAYS))) {
            problems.add(FieldProblem.of("returnOn", "a return visit follows an absence of at least "
                    + RETURN_MIN_ABSENCE_DAYS + " days"));
        }
        if (kind == VisitKind.PRE_RETURN
                && !returnOn.isAfter(absenceStart.plusMonths(PRE_RETURN_MIN_ABSENCE_MONTHS))) {
            problems.add(FieldProblem.of("returnOn", "a pre-return visit is for an absence of more than "
                    + PRE_RETURN_MIN_ABSENCE_MONTHS + " months"));
        }
    }
}
