package fr.cdg.medtravail.visits;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/**
 * A visit an agent owes: by when, why, and which professionals may hold it ({@code preferred} among them, or null).
 * {@code requestId} names the visit request behind a requested visit, null for a periodic one.
 */
public record DueVisit(long agentId, long collectiviteId, VisitKind kind, LocalDate dueOn,
                       Set<ProfessionalKind> allowed, ProfessionalKind preferred, Long requestId,
                       boolean confidential) {

    /** Most urgent first: the earliest due date, then the higher priority of the kind. */
    public static final Comparator<DueVisit> URGENCY = Comparator.comparing(DueVisit::dueOn)
            .thenComparing(due -> -due.kind().priority());

    public DueVisit {
        allowed = Set.copyOf(allowed);
    }

    public boolean mayBeHeldBy(ProfessionalKind professional) {
        return allowed.contains(professional);
    }
}
