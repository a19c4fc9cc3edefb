package fr.cdg.medtravail.visits;

import static fr.cdg.medtravail.directory.professional.ProfessionalKind.NURSE;
import static fr.cdg.medtravail.directory.professional.ProfessionalKind.OCCUPATIONAL_DOCTOR;

import java.util.Set;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;

/**
 * The visits of the preventive-medicine convention (004_eed9b1a805c65280.txt, convention MEDPREV, article 1;
 * DOMAIN.md "Visit types"), with who may hold them when nothing about the agent narrows it, and how urgent they are
 * (higher first) when demand exceeds what can be planned.
 */
public enum VisitKind {
    /** Information and prevention visit, at least every 2 years; a doctor's free time is used rather than lost. */
    VIP("Visite d'information et de prévention", Set.of(NURSE, OCCUPATIONAL_DOCTOR), NURSE, 2, false),
    /** Special medical surveillance: the doctor's frequency, alternating nurse and doctor (see {@link DueVisits}). */
    SMP("Surveillance médicale particulière", Set.of(NURSE, OCCUPATIONAL_DOCTOR), null, 3, false),
    /** Hiring or assignment: a doctor, or a nurse for an administrative post (see {@link DueVisits}). */
    HIRING("Visite d'embauche ou d'affectation", Set.of(OCCUPATIONAL_DOCTOR), OCCUPATIONAL_DOCTOR, 4, false),
    /** Return to work after at least 30 days of absence. */
    RETURN("Visite de reprise", Set.of(OCCUPATIONAL_DOCTOR), OCCUPATIONAL_DOCTOR, 4, true),
    /** Before the return of an agent absent for more than 3 months. */
    PRE_RETURN("Visite de pré-reprise", Set.of(OCCUPATIONAL_DOCTOR), OCCUPATIONAL_DOCTOR, 4, true),
    /** At the agent's own request; may be confidential (the employer is not told and gets no certificate). */
    AGENT_REQUEST("Visite à la demande de l'agent", Set.of(NURSE, OCCUPATIONAL_DOCTOR), null, 3, true),
    /** At the collectivité's request, with a motive, the agent being informed. */
    EMPLOYER_REQUEST("Visite à la demande de l'employeur", Set.of(OCCUPATIONAL_DOCTOR), OCCUPATIONAL_DOCTOR, 3, true),
    /** On a nurse's orientation, after one of the nurse's visits. */
    NURSE_ORIENTATION("Visite sur orientation de l'infirmier", Set.of(OCCUPATIONAL_DOCTOR), OCCUPATIONAL_DOCTOR, 3,
            true);

    private final String label;
    private final Set<ProfessionalKind> allowed;
    private final ProfessionalKind preferred;
    private final int priority;
    private final boolean requested;

    VisitKind(String label, Set<ProfessionalKind> allowed, ProfessionalKind preferred, int priority,
              boolean requested) {
        this.label = label;
        this.allowed = allowed;
        this.preferred = preferred;
        this.priority = priority;
        this.requested = requested;
    }

    /** French label for the screens. */
    public String label() {
        return label;
    }

    /** Who may hold this visit when nothing about the agent narrows it. */
    public Set<ProfessionalKind> allowed() {
        return allowed;
    }

    /** Who should hold it when both may, or null when neither is preferred. */
    public ProfessionalKind preferred() {
        return preferred;
    }

    /** Urgency when demand exceeds capacity: higher first. */
    public int priority() {
        return priority;
    }

    /** Whether the visit exists only because someone asked for it (a visit request), rather than by the calendar. */
    public boolean requested() {
        return requested;
    }
}
