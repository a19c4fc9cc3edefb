package fr.cdg.medtravail.statutory;

/**
 * A statutory request as the référent or the secretariat files it: the agent, the kind (1–17 of the convention
 * MSC), whether an RPI/ATI is at stake (expertises only), whether a written report is asked (controls only), and
 * free context for the doctor. The time of receipt is the server's.
 */
public record RequestForm(Long agentId, Integer kind, Boolean rpiAti, Boolean writtenReport, String context) {

    public static final int MAX_CONTEXT = 2000;

    public RequestForm {
        rpiAti = Boolean.TRUE.equals(rpiAti);
        writtenReport = Boolean.TRUE.equals(writtenReport);
        context = context == null || context.isBlank() ? null : context.strip();
    }
}
