package fr.cdg.medtravail.directory.cabinet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import fr.cdg.medtravail.directory.Communes;
import fr.cdg.medtravail.directory.DirectoryTest;
import fr.cdg.medtravail.security.Role;

class CabinetApiTest extends DirectoryTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private static Map<String, Object> cabinet(String code, String kind) {
        var body = new HashMap<String, Object>(Map.of("code", code, "name", "Cabinet " + code, "kind", kind, "rooms", 2,
                "openingHalfDays", List.of("MON-AM", "THU-PM")));
        if (!kind.equals("TELECONSULTATION")) {
            body.put("latitude", 45.76);
            body.put("longitude", 4.84);
        }
        return body;
    }

    @Test
    void staffManagesCabinets() {
        var code = "CAB-" + SEQUENCE.incrementAndGet();
        var staff = as(Role.SECRETARIAT);
        long id = staff.post().uri("/api/cabinets").body(cabinet(code, "CDG_PREMISES")).exchange()
                .expectStatus().isCreated()
                .returnResult(JsonNode.class).getResponseBody().get("id").asLong();
        staff.get().uri("/api/cabinets/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.code").isEqualTo(code)
                .jsonPath("$.rooms").isEqualTo(2)
                .jsonPath("$.openingHalfDays").isEqualTo(List.of("MON-AM", "THU-PM"));

        long owner = createCollectivite(Communes.next());
        staff.put().uri("/api/cabinets/{id}", id)
                .body(with(with(cabinet(code, "COLLECTIVITE_OFFICE"), "ownerCollectiviteId", owner), "rooms", 3)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.ownerCollectiviteId").isEqualTo(owner).jsonPath("$.rooms").isEqualTo(3);
        staff.get().uri("/api/cabinets?kind=COLLECTIVITE_OFFICE").exchange()
                .expectBody().jsonPath("$[?(@.code == '" + code + "')].ownerName").exists();

        var visio = "VISIO-" + SEQUENCE.incrementAndGet();
        staff.post().uri("/api/cabinets").body(cabinet(visio, "TELECONSULTATION")).exchange().expectStatus().isCreated();
        staff.delete().uri("/api/cabinets/{id}", id).exchange().expectStatus().isNoContent();
        staff.get().uri("/api/cabinets/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesInconsistentCabinets() {
        var staff = as(Role.SECRETARIAT);
        staff.post().uri("/api/cabinets")
                .body(with(with(cabinet("VISIO-BAD", "TELECONSULTATION"), "latitude", 45.0), "longitude", 4.0)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("latitude");
        staff.post().uri("/api/cabinets").body(cabinet("LENT-BAD", "COLLECTIVITE_OFFICE")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownerCollectiviteId");
        staff.post().uri("/api/cabinets").body(with(cabinet("LENT-BAD", "CDG_PREMISES"), "ownerCollectiviteId", 987_654_321L)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownerCollectiviteId");
        staff.post().uri("/api/cabinets").body(with(cabinet("no spaces allowed", "CDG_PREMISES"), "rooms", 0)).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'code')]").exists()
                .jsonPath("$.errors[?(@.field == 'rooms')]").exists();
    }

    @Test
    void everyoneReadsCabinetsButOnlyStaffChangesThem() {
        long id = as(Role.SECRETARIAT).post().uri("/api/cabinets").body(cabinet("CAB-" + SEQUENCE.incrementAndGet(), "SHARED_OFFICE"))
                .exchange().expectStatus().isCreated()
                .returnResult(JsonNode.class).getResponseBody().get("id").asLong();
        var referent = as(Role.REFERENT, createCollectivite(Communes.next()));
        referent.get().uri("/api/cabinets/{id}", id).exchange().expectStatus().isOk();
        referent.delete().uri("/api/cabinets/{id}", id).exchange().expectStatus().isForbidden();
        http.get().uri("/api/cabinets").exchange().expectStatus().isUnauthorized();
    }
}
