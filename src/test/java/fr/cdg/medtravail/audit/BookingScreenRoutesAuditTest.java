package fr.cdg.medtravail.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cdg.medtravail.audit.AuditInterceptor.AgentData;
import org.junit.jupiter.api.Test;

/** The booking screens show agents as the booking API does, and are audited the same way. */
class BookingScreenRoutesAuditTest {

    @Test
    void theBookingScreensAreAgentData() {
        assertThat(AgentData.of("/collectivites/{id}/rendez-vous"))
                .isEqualTo(new AgentData("COLLECTIVITE_AGENTS", "id", AuditAction.READ));
        assertThat(AgentData.of("/rendez-vous/{id}/convocation.pdf"))
                .isEqualTo(new AgentData("APPOINTMENT", "id", AuditAction.READ));
        assertThat(AgentData.of("/rendez-vous/{id}/fiche"))
                .isEqualTo(new AgentData("APPOINTMENT", "id", AuditAction.READ));
        assertThat(AgentData.of("/professionnels/{id}/journee"))
                .isEqualTo(new AgentData("PROFESSIONAL_APPOINTMENTS", "id", AuditAction.READ));
        assertThat(AgentData.of("/seances/remplissage")).isNull();
        assertThat(AgentData.of("/professionnels/{id}")).isNull();
    }
}
