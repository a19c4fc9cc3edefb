package fr.cdg.medtravail.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cdg.medtravail.audit.AuditInterceptor.AgentData;
import org.junit.jupiter.api.Test;

/** Which routes count as showing agents' data, so that their reads are audited without a list to maintain. */
class AgentDataRoutesTest {

    @Test
    void routesWithAnAgentsSegmentAreAgentDataNamingTheAgentOrTheCollectivitesList() {
        assertThat(AgentData.of("/api/agents/{id}")).isEqualTo(new AgentData("AGENT", "id", AuditAction.READ));
        assertThat(AgentData.of("/api/agents/{id}/export")).isEqualTo(new AgentData("AGENT", "id", AuditAction.EXPORT));
        assertThat(AgentData.of("/collectivites/{id}/agents/{agentId}/edit"))
                .isEqualTo(new AgentData("AGENT", "agentId", AuditAction.READ));
        assertThat(AgentData.of("/api/collectivites/{id}/agents"))
                .isEqualTo(new AgentData("COLLECTIVITE_AGENTS", "id", AuditAction.READ));
        assertThat(AgentData.of("/collectivites/{id}/agents"))
                .isEqualTo(new AgentData("COLLECTIVITE_AGENTS", "id", AuditAction.READ));
    }

    @Test
    void bookingRoutesShowAgentsToo() {
        assertThat(AgentData.of("/api/collectivites/{id}/agents-to-place"))
                .isEqualTo(new AgentData("COLLECTIVITE_AGENTS", "id", AuditAction.READ));
        assertThat(AgentData.of("/api/collectivites/{id}/sessions"))
                .isEqualTo(new AgentData("COLLECTIVITE_AGENTS", "id", AuditAction.READ));
        assertThat(AgentData.of("/api/appointments/{id}/certificate"))
                .isEqualTo(new AgentData("APPOINTMENT", "id", AuditAction.READ));
        assertThat(AgentData.of("/api/professionals/{id}/appointments"))
                .isEqualTo(new AgentData("PROFESSIONAL_APPOINTMENTS", "id", AuditAction.READ));
        assertThat(AgentData.of("/api/visit-requests/{id}"))
                .isEqualTo(new AgentData("VISIT_REQUEST", "id", AuditAction.READ));
    }

    @Test
    void bookingScreensShowAgentsAsTheApiDoes() {
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

    @Test
    void otherRoutesAreNot() {
        assertThat(AgentData.of("/api/collectivites/{id}")).isNull();
        assertThat(AgentData.of("/api/agentsstatistics")).isNull();
        assertThat(AgentData.of("/api/audit")).isNull();
        assertThat(AgentData.of("/api/booking/fill-rates")).isNull();
        assertThat(AgentData.of("/api/planning/collectivites/{id}/sessions")).isNull();
    }
}
