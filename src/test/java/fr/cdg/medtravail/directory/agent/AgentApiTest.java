package fr.cdg.medtravail.directory.agent;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import fr.cdg.medtravail.directory.Communes;
import fr.cdg.medtravail.directory.DirectoryTest;
import fr.cdg.medtravail.security.Role;

class AgentApiTest extends DirectoryTest {

    private static Map<String, Object> agent(String matricule, String lastName) {
        var body = new HashMap<String, Object>(Map.of("matricule", matricule, "lastName", lastName, "firstName", "Claire",
                "birthDate", "1980-05-17", "post", "Agent d'entretien", "hireDate", "2010-09-01"));
        body.put("smp", true);
        body.put("smpIntervalMonths", 12);
        return body;
    }

    @Test
    void staffCreatesReadsUpdatesAndDeletesAgents() {
        long collectivite = createCollectivite(Communes.next());
        var staff = as(Role.SECRETARIAT);
        long id = staff.post().uri("/api/collectivites/{id}/agents", collectivite).body(agent("A-001", "Martin")).exchange()
                .expectStatus().isCreated()
                .returnResult(JsonNode.class).getResponseBody().get("id").asLong();

        staff.get().uri("/api/agents/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.matricule").isEqualTo("A-001")
                .jsonPath("$.collectiviteId").isEqualTo(collectivite)
                .jsonPath("$.birthDate").isEqualTo("1980-05-17")
                .jsonPath("$.smpIntervalMonths").isEqualTo(12)
                .jsonPath("$.active").isEqualTo(true);

        staff.put().uri("/api/agents/{id}", id).body(with(agent("A-001", "Martin"), "leftOn", "2025-12-31")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.active").isEqualTo(false);

        staff.post().uri("/api/collectivites/{id}/agents", collectivite).body(agent("A-001", "Other")).exchange()
                .expectStatus().isEqualTo(409);
        staff.delete().uri("/api/agents/{id}", id).exchange().expectStatus().isNoContent();
        staff.get().uri("/api/agents/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesInconsistentAgentsNamingTheFields() {
        long collectivite = createCollectivite(Communes.next());
        var bad = with(with(with(agent("A-002", " "), "hireDate", "1970-01-01"), "smp", false), "smpIntervalMonths", 6);
        as(Role.SECRETARIAT).post().uri("/api/collectivites/{id}/agents", collectivite).body(bad).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'lastName')]").exists()
                .jsonPath("$.errors[?(@.field == 'hireDate')]").exists()
                .jsonPath("$.errors[?(@.field == 'smpIntervalMonths')]").exists();
        as(Role.SECRETARIAT).get().uri("/api/collectivites/{id}/agents", collectivite).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void listsAgentsByPageAndSearch() {
        long collectivite = createCollectivite(Communes.next());
        var staff = as(Role.SECRETARIAT);
        for (var name : new String[] {"Bernard", "Durand", "Petit"}) {
            staff.post().uri("/api/collectivites/{id}/agents", collectivite).body(agent("M-" + name, name)).exchange()
                    .expectStatus().isCreated();
        }
        staff.get().uri("/api/collectivites/{id}/agents?size=2&page=1", collectivite).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].lastName").isEqualTo("Petit");
        staff.get().uri("/api/collectivites/{id}/agents?q=dur", collectivite).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].lastName").isEqualTo("Durand");
    }

    @Test
    void aReferentManagesTheAgentsOfTheirOwnCollectiviteOnly() {
        long own = createCollectivite(Communes.next());
        long other = createCollectivite(Communes.next());
        long otherAgent = as(Role.SECRETARIAT).post().uri("/api/collectivites/{id}/agents", other).body(agent("X-1", "Autre"))
                .exchange().expectStatus().isCreated()
                .returnResult(JsonNode.class).getResponseBody().get("id").asLong();
        var referent = as(Role.REFERENT, own);

        long id = referent.post().uri("/api/collectivites/{id}/agents", own).body(agent("R-1", "Leroy")).exchange()
                .expectStatus().isCreated()
                .returnResult(JsonNode.class).getResponseBody().get("id").asLong();
        referent.put().uri("/api/agents/{id}", id).body(agent("R-1", "Leroy-Martin")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.lastName").isEqualTo("Leroy-Martin");
        referent.get().uri("/api/collectivites/{id}/agents", own).exchange()
                .expectBody().jsonPath("$.total").isEqualTo(1);

        referent.get().uri("/api/collectivites/{id}/agents", other).exchange().expectStatus().isNotFound();
        referent.post().uri("/api/collectivites/{id}/agents", other).body(agent("R-2", "Intrus")).exchange()
                .expectStatus().isNotFound();
        referent.get().uri("/api/agents/{id}", otherAgent).exchange().expectStatus().isNotFound();
        referent.put().uri("/api/agents/{id}", otherAgent).body(agent("X-1", "Changed")).exchange().expectStatus().isNotFound();
        referent.delete().uri("/api/agents/{id}", id).exchange().expectStatus().isForbidden();
    }

    @Test
    void professionalsHaveNoAccessToAgentsYet() {
        long collectivite = createCollectivite(Communes.next());
        long professional = jdbc.sql("""
                INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                VALUES ('PRO-AGENTS', 'OCCUPATIONAL_DOCTOR', 'Test', 'Doc', 1, 45.7, 4.8) RETURNING id""")
                .query(Long.class).single();
        asProfessional(professional).get().uri("/api/collectivites/{id}/agents", collectivite).exchange()
                .expectStatus().isForbidden();
    }
}
