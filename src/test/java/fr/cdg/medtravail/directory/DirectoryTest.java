package fr.cdg.medtravail.directory;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;

import fr.cdg.medtravail.directory.Communes.Commune;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Integration tests of the directory, with helpers creating rows through the API as the secretariat. */
public abstract class DirectoryTest extends IntegrationTest {

    /** Real SIRENs left in the shared database would collide with the demo data other tests load. */
    @AfterEach
    void removeTheCollectivitesOfTheTest() {
        var sirens = Communes.handedOut();
        if (!sirens.isEmpty()) {
            jdbc.sql("DELETE FROM collectivite WHERE siren IN (:sirens)").param("sirens", sirens).update();
        }
    }

    protected long createCollectivite(Commune commune) {
        return createCollectivite(commune.collectiviteBody());
    }

    protected long createCollectivite(Map<String, Object> body) {
        return as(Role.SECRETARIAT).post().uri("/api/collectivites").body(body).exchange()
                .expectStatus().isCreated()
                .returnResult(JsonNode.class).getResponseBody().get("id").asLong();
    }

    protected static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        var copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    protected long countCollectivites() {
        return jdbc.sql("SELECT count(*) FROM collectivite").query(Long.class).single();
    }
}
