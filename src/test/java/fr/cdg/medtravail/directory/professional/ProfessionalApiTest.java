package fr.cdg.medtravail.directory.professional;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import fr.cdg.medtravail.directory.Communes;
import fr.cdg.medtravail.directory.DirectoryTest;
import fr.cdg.medtravail.security.Role;

class ProfessionalApiTest extends DirectoryTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    static Map<String, Object> professional(String code) {
        return Map.of("code", code, "kind", "NURSE", "lastName", "Moreau", "firstName", "Julie", "workingRatio", 0.8,
                "homeLatitude", 45.75, "homeLongitude", 4.85, "weeklyHalfDays", List.of("TUE-PM", "MON-AM", "MON-PM"));
    }

    private long create(String code) {
        return as(Role.SECRETARIAT).post().uri("/api/professionals").body(professional(code)).exchange()
                .expectStatus().isCreated()
                .returnResult(JsonNode.class).getResponseBody().get("id").asLong();
    }

    @Test
    void staffManagesProfessionalsWithTheirWorkingHalfDays() {
        var code = "NURSE-" + SEQUENCE.incrementAndGet();
        long id = create(code);
        var staff = as(Role.SECRETARIAT);
        staff.get().uri("/api/professionals/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.workingRatio").isEqualTo(0.8)
                .jsonPath("$.active").isEqualTo(true)
                .jsonPath("$.weeklyHalfDays").isEqualTo(List.of("MON-AM", "MON-PM", "TUE-PM"));
        staff.put().uri("/api/professionals/{id}", id)
                .body(with(with(professional(code), "weeklyHalfDays", List.of("FRI-AM")), "kind", "OCCUPATIONAL_DOCTOR")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.weeklyHalfDays").isEqualTo(List.of("FRI-AM"))
                .jsonPath("$.kind").isEqualTo("OCCUPATIONAL_DOCTOR");
        staff.get().uri("/api/professionals?kind=OCCUPATIONAL_DOCTOR").exchange()
                .expectBody().jsonPath("$[?(@.code == '" + code + "')]").exists();
        staff.post().uri("/api/professionals").body(professional(code)).exchange().expectStatus().isEqualTo(409);
        staff.post().uri("/api/professionals").body(with(professional("X" + code), "workingRatio", 1.5)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("workingRatio");
        staff.delete().uri("/api/professionals/{id}", id).exchange().expectStatus().isNoContent();
        staff.get().uri("/api/professionals/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void recordsLeavesWithHalfDayPrecision() {
        long id = create("NURSE-" + SEQUENCE.incrementAndGet());
        var staff = as(Role.SECRETARIAT);
        var leave = Map.of("kind", "LEAVE", "startDate", "2026-08-03", "startHalf", "PM", "endDate", "2026-08-14", "endHalf", "AM");
        long leaveId = staff.post().uri("/api/professionals/{id}/leaves", id).body(leave).exchange()
                .expectStatus().isCreated()
                .returnResult(JsonNode.class).getResponseBody().get("id").asLong();
        staff.post().uri("/api/professionals/{id}/leaves", id)
                .body(Map.of("kind", "TRAINING", "startDate", "2026-08-14", "startHalf", "AM", "endDate", "2026-08-14", "endHalf", "PM"))
                .exchange().expectStatus().isEqualTo(409);
        staff.post().uri("/api/professionals/{id}/leaves", id)
                .body(Map.of("kind", "TRAINING", "startDate", "2026-08-14", "startHalf", "PM", "endDate", "2026-08-14", "endHalf", "PM"))
                .exchange().expectStatus().isCreated();
        staff.post().uri("/api/professionals/{id}/leaves", id)
                .body(Map.of("kind", "SICK", "startDate", "2026-09-02", "startHalf", "PM", "endDate", "2026-09-02", "endHalf", "AM"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("endDate");
        staff.get().uri("/api/professionals/{id}/leaves", id).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(2).jsonPath("$[0].startHalf").isEqualTo("PM");
        staff.delete().uri("/api/professionals/{id}/leaves/{leave}", id, leaveId).exchange().expectStatus().isNoContent();
        staff.delete().uri("/api/professionals/{id}/leaves/{leave}", id, leaveId).exchange().expectStatus().isNotFound();
    }

    @Test
    void professionalsReadAndReferentsMayNotCreate() {
        long id = create("NURSE-" + SEQUENCE.incrementAndGet());
        var professional = asProfessional(id);
        professional.get().uri("/api/professionals/{id}", id).exchange().expectStatus().isOk();
        professional.get().uri("/api/professionals/{id}/leaves", id).exchange().expectStatus().isForbidden();
        professional.put().uri("/api/professionals/{id}", id).body(professional("IST-X")).exchange().expectStatus().isForbidden();

        var referent = as(Role.REFERENT, createCollectivite(Communes.next()));
        referent.post().uri("/api/professionals").body(professional("IST-R")).exchange().expectStatus().isForbidden();
        referent.post().uri("/api/cabinets").body(Map.of("code", "CAB-R")).exchange().expectStatus().isForbidden();
    }
}
