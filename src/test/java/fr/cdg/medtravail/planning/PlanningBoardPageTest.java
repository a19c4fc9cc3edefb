package fr.cdg.medtravail.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cdg.medtravail.security.Role;
import org.junit.jupiter.api.Test;

class PlanningBoardPageTest extends PlanningTest {

    @Test
    void showsSessionsPerProfessionalAndPerCabinetColouredByCollectivite() {
        var fixture = fixture();
        long horizon = jdbc.sql("INSERT INTO planning_horizon (name, start_date, end_date) VALUES ('Tableau', '2040-03-05', '2040-03-16') RETURNING id")
                .query(Long.class).single();
        long session = jdbc.sql("""
                INSERT INTO planning_session (horizon_id, professional_id, session_date, half_day, cabinet_id, status, capacity_minutes)
                VALUES (?, ?, '2040-03-06', 'PM', ?, 'DRAFT', 210) RETURNING id
                """).params(horizon, fixture.nurseId, fixture.cabinetId).query(Long.class).single();
        jdbc.sql("""
                INSERT INTO planning_demand_unit (horizon_id, collectivite_id, professional_kind, allowed_kinds, reason, minutes, priority, session_id)
                VALUES (?, ?, 'NURSE', '{NURSE,OCCUPATIONAL_DOCTOR}', 'VIP', 90, 2, ?)
                """).params(horizon, fixture.townId, session).update();
        var town = jdbc.sql("SELECT name FROM collectivite WHERE id = ?").param(fixture.townId).query(String.class).single();

        var page = as(Role.SECRETARIAT).get().uri("/planning?horizon={id}", horizon).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("Semaine du lun. 5 mars", town, "Lancer la planification", "Publier");
        assertThat(page).contains("background:hsl(");
        var byCabinet = as(Role.SECRETARIAT).get().uri("/planning?horizon={id}&by=cabinet", horizon).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(byCabinet).contains(jdbc.sql("SELECT code FROM cabinet WHERE id = ?").param(fixture.cabinetId)
                .query(String.class).single());
    }
}
