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
    void otherRoutesAreNot() {
        assertThat(AgentData.of("/api/collectivites/{id}")).isNull();
        assertThat(AgentData.of("/api/agentsstatistics")).isNull();
        assertThat(AgentData.of("/api/audit")).isNull();
    }
}
