package fr.cdg.medtravail.directory.collectivite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.cdg.medtravail.directory.Communes;
import fr.cdg.medtravail.directory.DirectoryChangedEvent;
import fr.cdg.medtravail.directory.DirectoryTest;
import fr.cdg.medtravail.security.Role;

@RecordApplicationEvents
class CollectiviteApiTest extends DirectoryTest {

    @Autowired
    CollectiviteService service;

    @Autowired
    ApplicationEvents events;

    @Test
    void createsReadsUpdatesAndDeletesACollectivite() {
        var commune = Communes.next();
        long id = createCollectivite(commune);
        var staff = as(Role.SECRETARIAT);

        staff.get().uri("/api/collectivites/{id}", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.siren").isEqualTo(commune.siren())
                .jsonPath("$.name").isEqualTo(commune.name())
                .jsonPath("$.kind").isEqualTo("COMMUNE")
                .jsonPath("$.latitude").isEqualTo(commune.latitude())
                .jsonPath("$.headcounts").isEmpty()
                .jsonPath("$.activeAgents").isEqualTo(0);

        var changed = with(with(commune.collectiviteBody(), "name", "Mairie de " + commune.name()), "referentEmail", "rh@example.fr");
        staff.put().uri("/api/collectivites/{id}", id).body(changed).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.name").isEqualTo("Mairie de " + commune.name())
                .jsonPath("$.referentEmail").isEqualTo("rh@example.fr");

        staff.delete().uri("/api/collectivites/{id}", id).exchange().expectStatus().isNoContent();
        staff.get().uri("/api/collectivites/{id}", id).exchange().expectStatus().isNotFound();
        staff.delete().uri("/api/collectivites/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void refusesABadSirenChecksumNamingTheFieldAndWritesNothing() {
        var commune = Communes.next();
        var badChecksum = commune.siren().substring(0, 8) + ((commune.siren().charAt(8) - '0' + 1) % 10);
        long before = countCollectivites();

        as(Role.SECRETARIAT).post().uri("/api/collectivites")
                .body(with(with(commune.collectiviteBody(), "siren", badChecksum), "latitude", 123.0)).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'siren')].message").isEqualTo(List.of("must be a SIREN: 9 digits with a valid checksum"))
                .jsonPath("$.errors[?(@.field == 'latitude')]").exists();
        assertThat(countCollectivites()).isEqualTo(before);
    }

    @Test
    void aDuplicateSirenIsAConflict() {
        var commune = Communes.next();
        createCollectivite(commune);
        as(Role.SECRETARIAT).post().uri("/api/collectivites").body(commune.collectiviteBody()).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void anOwnSecretariatNeedsMoreThan800Agents() {
        var staff = as(Role.SECRETARIAT);
        var small = with(Communes.next().collectiviteBody(), "ownSecretariat", true);
        staff.post().uri("/api/collectivites").body(with(with(small, "headcountYear", 2026), "headcount", 800)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("ownSecretariat");

        long id = createCollectivite(with(with(small, "headcountYear", 2026), "headcount", 801));
        staff.put().uri("/api/collectivites/{id}/headcounts/2027", id).body(Map.of("headcount", 700)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("headcount");
        staff.put().uri("/api/collectivites/{id}/headcounts/2027", id).body(Map.of("headcount", 950)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.year").isEqualTo(2027).jsonPath("$.headcount").isEqualTo(950);
        staff.get().uri("/api/collectivites/{id}", id).exchange()
                .expectBody().jsonPath("$.latestHeadcount").isEqualTo(950)
                .jsonPath("$.headcounts[1].year").isEqualTo(2026);
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsPagesSearchesAndFilters() {
        var first = Communes.next();
        createCollectivite(first);
        createCollectivite(with(Communes.next().collectiviteBody(), "kind", "SYNDICAT"));
        var staff = as(Role.SECRETARIAT);
        long total = countCollectivites();

        staff.get().uri("/api/collectivites?page=0&size=1").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(1)
                .jsonPath("$.total").isEqualTo(total);
        staff.get().uri("/api/collectivites?q={q}", first.siren()).exchange()
                .expectBody().jsonPath("$.items[0].name").isEqualTo(first.name()).jsonPath("$.total").isEqualTo(1);
        staff.get().uri("/api/collectivites?q={q}", first.name().toUpperCase()).exchange()
                .expectBody().jsonPath("$.items[?(@.siren == '" + first.siren() + "')]").exists();
        staff.get().uri("/api/collectivites?kind=SYNDICAT&size=200").exchange()
                .expectBody().jsonPath("$.items[*].kind").value(kinds -> assertThat((List<Object>) kinds).isNotEmpty().containsOnly("SYNDICAT"));
    }

    @Test
    void aReferentSeesOnlyTheirOwnCollectivitesAndMayNotCreateAny() {
        long own = createCollectivite(Communes.next());
        long other = createCollectivite(Communes.next());
        var referent = as(Role.REFERENT, own);

        referent.get().uri("/api/collectivites?size=200").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(own);
        referent.get().uri("/api/collectivites/{id}", own).exchange().expectStatus().isOk();
        var hidden = referent.get().uri("/api/collectivites/{id}", other).exchange()
                .expectStatus().isNotFound().returnResult(String.class).getResponseBody();
        var unknown = referent.get().uri("/api/collectivites/{id}", 999_999_999).exchange()
                .expectStatus().isNotFound().returnResult(String.class).getResponseBody();
        assertThat(hidden.replace(String.valueOf(other), "ID")).isEqualTo(unknown.replace("999999999", "ID"));
        referent.get().uri("/api/collectivites/{id}/memberships", other).exchange().expectStatus().isNotFound();

        referent.post().uri("/api/collectivites").body(Communes.next().collectiviteBody()).exchange().expectStatus().isForbidden();
        referent.put().uri("/api/collectivites/{id}/headcounts/2026", own).body(Map.of("headcount", 42)).exchange()
                .expectStatus().isOk();
        referent.put().uri("/api/collectivites/{id}/headcounts/2026", other).body(Map.of("headcount", 42)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aProfessionalReadsCollectivitesButChangesNothing() {
        long id = createCollectivite(Communes.next());
        var professional = asProfessional(jdbc.sql("""
                INSERT INTO professional (code, kind, last_name, first_name, working_ratio, home_latitude, home_longitude)
                VALUES ('PRO-COLL', 'NURSE', 'Test', 'Pro', 1, 45.7, 4.8) ON CONFLICT (code) DO UPDATE SET code = excluded.code
                RETURNING id""").query(Long.class).single());
        professional.get().uri("/api/collectivites/{id}", id).exchange().expectStatus().isOk();
        professional.put().uri("/api/collectivites/{id}", id).body(Communes.next().collectiviteBody()).exchange()
                .expectStatus().isForbidden();
        http.get().uri("/api/collectivites").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void recordsMemberships() {
        long id = createCollectivite(Communes.next());
        var staff = as(Role.SECRETARIAT);
        staff.post().uri("/api/collectivites/{id}/memberships", id)
                .body(Map.of("service", "PREVENTIVE", "startDate", "2025-01-01", "tariffCategory", "AFFILIATED")).exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.id").exists();
        staff.post().uri("/api/collectivites/{id}/memberships", id)
                .body(Map.of("service", "PREVENTIVE", "startDate", "2026-01-01", "tariffCategory", "AFFILIATED")).exchange()
                .expectStatus().isEqualTo(409);
        staff.post().uri("/api/collectivites/{id}/memberships", id)
                .body(Map.of("service", "STATUTORY", "startDate", "2026-01-01", "endDate", "2025-01-01", "tariffCategory", "AFFILIATED"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("endDate");
        staff.get().uri("/api/collectivites/{id}/memberships", id).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].service").isEqualTo("PREVENTIVE");
    }

    @Test
    void announcesCreatedAndMovedCollectivites() {
        var commune = Communes.next();
        var form = new CollectiviteForm(commune.siren(), commune.name(), CollectiviteKind.COMMUNE, true, false, null,
                null, null, null, commune.latitude(), commune.longitude(), null, null, null, null, null);
        long id = service.create(form);
        assertThat(events.stream(DirectoryChangedEvent.class))
                .containsExactly(new DirectoryChangedEvent(Set.of(id), Set.of()));

        events.clear();
        service.update(id, new CollectiviteForm(commune.siren(), "Renamed", CollectiviteKind.COMMUNE, true, false, null,
                null, null, null, commune.latitude(), commune.longitude(), null, null, null, null, null));
        assertThat(events.stream(DirectoryChangedEvent.class)).isEmpty();
        service.update(id, new CollectiviteForm(commune.siren(), "Renamed", CollectiviteKind.COMMUNE, true, false, null,
                null, null, null, commune.latitude() + 0.01, commune.longitude(), null, null, null, null, null));
        assertThat(events.stream(DirectoryChangedEvent.class)).hasSize(1);
    }
}
