package fr.cdg.medtravail.booking;

import static fr.cdg.medtravail.booking.BookingApiTest.booking;
import static fr.cdg.medtravail.booking.BookingFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;

/**
 * The booking screens over real HTTP: the référent's portal (sessions, agents to place, placing, cancelling),
 * convocations as a page and a PDF, the professional's day with its attendance buttons, the certificate, the
 * secretariat's fill rates; another collectivité's référent gets the "not found" page; reads are audited.
 */
class BookingScreensTest extends IntegrationTest {

    private BookingFixture world;
    private RestTestClient referent;
    private LocalDate day;
    private long session;
    private long agent;

    @BeforeEach
    void setUp() {
        world = new BookingFixture(jdbc);
        referent = as(Role.REFERENT, world.a);
        day = LocalDate.now().plusDays(20);
        session = world.session(world.nurse, day, Half.AM, 210, Map.of(world.a, 90));
        agent = world.agent(world.a);
    }

    @AfterEach
    void tearDown() {
        world.remove();
    }

    private String page(RestTestClient client, String path, int status) {
        return client.get().uri(path).exchange().expectStatus().isEqualTo(status).expectBody(String.class)
                .returnResult().getResponseBody();
    }

    private String post(RestTestClient client, String path, Map<String, String> fields) {
        var form = new LinkedMultiValueMap<String, String>();
        fields.forEach(form::add);
        return client.post().uri(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange()
                .expectStatus().isFound().returnResult(String.class).getResponseHeaders().getLocation().toString();
    }

    private long book(LocalDateTime start) {
        var body = referent.post().uri("/api/appointments").body(booking(session, agent, "VIP", start)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) body.get("id")).longValue();
    }

    @Test
    void theReferentPlacesAnAgentFromThePortalAndAnotherCollectivitesReferentGetsNotFound() {
        var portal = "/collectivites/" + world.a + "/rendez-vous";
        var html = page(referent, portal, 200);
        assertThat(html).contains("Agents à placer", "Durand Paul", "Séances publiées", "Réservé pour vous : 90 min");

        var slots = page(referent, portal + "/creneaux?agentId=" + agent + "&visitKind=VIP", 200);
        assertThat(slots).contains("name=\"slot\"", session + "@" + at(day, 8, 30));

        var back = post(referent, portal, Map.of("agentId", String.valueOf(agent), "visitKind", "VIP",
                "slot", session + "@" + at(day, 9, 0)));
        assertThat(back).endsWith(portal);
        long id = jdbc.sql("SELECT id FROM appointment WHERE agent_id = ? AND status = 'BOOKED'").param(agent)
                .query(Long.class).single();
        assertThat(page(referent, portal, 200)).contains("09:00–09:30", "Convocation", "Annuler");

        var foreign = as(Role.REFERENT, world.b);
        assertThat(page(foreign, portal, 404)).contains("Introuvable");
        page(foreign, "/rendez-vous/" + id + "/convocation", 404);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE username = ? AND action = 'READ'
                AND subject_type = 'COLLECTIVITE_AGENTS' AND collectivite_id = ?
                """).params("referent-" + world.a, world.a).query(Long.class).single()).isPositive();

        post(referent, "/rendez-vous/" + id + "/annulation", Map.of("collectiviteId", String.valueOf(world.a),
                "version", "0"));
        assertThat(jdbc.sql("SELECT status FROM appointment WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aSlotOrAnAgentThePageDidNotOfferIsRefusedWithoutBooking() {
        var portal = "/collectivites/" + world.a + "/rendez-vous";
        post(referent, portal, Map.of("agentId", String.valueOf(agent), "visitKind", "VIP", "slot", "demain"));
        assertThat(jdbc.sql("SELECT count(*) FROM appointment WHERE agent_id = ?").param(agent).query(Long.class)
                .single()).isZero();
        long id = book(at(day, 9, 0));
        post(referent, "/rendez-vous/" + id + "/remplacement", Map.of("collectiviteId", String.valueOf(world.a),
                "version", "0", "agent", "personne"));
        assertThat(jdbc.sql("SELECT status FROM appointment WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("BOOKED");
    }

    @Test
    void theConvocationIsAPageAndAPdf() throws Exception {
        long id = book(at(day, 10, 0));
        var html = page(referent, "/rendez-vous/" + id + "/convocation", 200);
        assertThat(html).contains("Convocation", "Paul Durand", "10:00", "Cabinet ", "Infirmier", "À apporter");

        var pdf = referent.get().uri("/rendez-vous/{id}/convocation.pdf", id).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF).expectBody(byte[].class).returnResult()
                .getResponseBody();
        assertThat(ConvocationMailTest.pdfText(pdf)).contains("10:00", "Paul Durand");
    }

    @Test
    void theProfessionalRecordsAttendanceFromTheDayAndTheReferentGetsTheCertificate() {
        long id = book(at(day, 9, 0));
        world.shiftToYesterday(id);
        var yesterday = LocalDate.now().minusDays(1);
        var professional = asProfessional(world.nurse);
        var dayPage = "/professionnels/" + world.nurse + "/journee?date=" + yesterday;
        assertThat(page(professional, dayPage, 200)).contains("Durand Paul", "Présent", "Absent non excusé",
                "Remplacé", "Annulé par le service", "Absent excusé (prévenu ≥ 48 h)");

        var back = post(professional, "/rendez-vous/" + id + "/presence", Map.of("professionalId",
                String.valueOf(world.nurse), "date", yesterday.toString(), "status", "HELD", "version", "0",
                "certificateNote", "Vu, pas de restriction"));
        assertThat(back).contains("/professionnels/" + world.nurse + "/journee");
        assertThat(page(professional, dayPage, 200)).contains("Visite effectuée");
        page(asProfessional(world.doctor), dayPage.replace(String.valueOf(world.nurse), String.valueOf(world.doctor)), 200);

        assertThat(page(referent, "/rendez-vous/" + id + "/fiche", 200)).contains("Fiche de visite", "Paul Durand",
                "Vu, pas de restriction");
    }

    @Test
    void theSecretariatSeesTheFillRateOfEverySession() {
        book(at(day, 9, 0));
        var html = page(as(Role.SECRETARIAT), "/seances/remplissage?from=" + day, 200);
        assertThat(html).contains("Remplissage des séances", "Cabinet ", "30 min", "14 %");
        page(referent, "/seances/remplissage", 403);
    }
}
