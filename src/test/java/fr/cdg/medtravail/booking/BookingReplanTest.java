package fr.cdg.medtravail.booking;

import static fr.cdg.medtravail.booking.BookingApiTest.booking;
import static fr.cdg.medtravail.booking.BookingFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.visits.BookedSessions;
import fr.cdg.medtravail.visits.SessionReplanned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A published session re-planned after its professional's leave, as planning announces it. */
class BookingReplanTest extends IntegrationTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    BookedSessions bookedSessions;

    private BookingFixture world;
    private RestTestClient referent;
    private LocalDate day;
    private long session;
    private List<Long> booked;

    @BeforeEach
    void setUp() {
        world = new BookingFixture(jdbc);
        referent = as(Role.REFERENT, world.a);
        day = LocalDate.now().plusDays(25);
        session = world.session(world.nurse, day, Half.AM, 210, Map.of(world.a, 120));
        booked = List.of(book(at(day, 9, 0)), book(at(day, 10, 0)));
    }

    @AfterEach
    void tearDown() {
        world.remove();
    }

    private long book(java.time.LocalDateTime start) {
        var body = referent.post().uri("/api/appointments").body(booking(session, world.agent(world.a), "VIP", start))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) body.get("id")).longValue();
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM appointment WHERE session_id = ? ORDER BY id").param(session)
                .query(String.class).list();
    }

    @Test
    void planningFindsTheSessionsHoldingAppointments() {
        long empty = world.session(world.nurse, day.plusDays(1), Half.AM, 210, Map.of(world.a, 60));
        assertThat(bookedSessions.withUpcomingAppointments(List.of(session, empty))).containsExactly(session);
    }

    @Test
    void aReplacementOfTheRightKindAtTheSamePlaceAndTimeKeepsTheAppointments() {
        long replacement = world.doctor;
        events.publishEvent(new SessionReplanned(session, false, replacement, ProfessionalKind.OCCUPATIONAL_DOCTOR,
                day, Half.AM, world.cabinet, List.of(world.a), "secretariat"));

        assertThat(statuses()).containsExactly("BOOKED", "BOOKED");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment_change WHERE appointment_id IN (:ids) AND note LIKE 'session kept%'")
                .param("ids", booked).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE kind IN ('REPLAN_NOTICE', 'REPLAN_DECISION') AND payload->>'sessionId' = ?")
                .param(String.valueOf(session)).query(Long.class).single()).isZero();
    }

    @Test
    void withoutAReplacementTheAppointmentsWaitForTheSecretariatAndTheReferentIsTold() {
        events.publishEvent(SessionReplanned.withdrawn(session, List.of(world.a), "secretariat"));

        assertThat(statuses()).containsExactly("TO_REPLAN", "TO_REPLAN");
        var messages = jdbc.sql("SELECT kind || ' ' || recipient FROM notification WHERE payload->>'sessionId' = ? ORDER BY kind")
                .param(String.valueOf(session)).query(String.class).list();
        assertThat(messages).containsExactly("REPLAN_DECISION secretariat",
                "REPLAN_NOTICE referents:collectivite:" + world.a);
        // The référent is told the day and their agents' times, which the message spells out.
        assertThat(jdbc.sql("SELECT payload->>'date' || ' ' || (payload->'times')::text FROM notification"
                        + " WHERE kind = 'REPLAN_NOTICE' AND payload->>'sessionId' = ?")
                .param(String.valueOf(session)).query(String.class).single())
                .startsWith(day.toString() + " [\"").contains(":");
        var secretariat = as(Role.SECRETARIAT);
        // The professional of the withdrawn session no longer sees them on their day.
        secretariat.get().uri("/api/professionals/{id}/appointments?date={d}", world.nurse, day).exchange()
                .expectStatus().isOk().expectBody(List.class).value(list -> assertThat(list).isEmpty());
        secretariat.get().uri("/api/booking/to-replan").exchange().expectStatus().isOk().expectBody(List.class)
                .value(list -> assertThat(list).extracting(row -> ((Number) ((Map<?, ?>) row).get("id")).longValue())
                        .containsAll(booked));
        secretariat.delete().uri("/api/appointments/{id}", booked.get(0)).exchange().expectStatus().isOk();
        assertThat(statuses()).containsExactly("CANCELLED_BY_SERVICE", "TO_REPLAN");
    }

    @Test
    void aReplacementWhoMayNotHoldTheVisitsDoesNotKeepThem() {
        events.publishEvent(new SessionReplanned(session, false, world.nurse, ProfessionalKind.PSYCHOLOGIST, day,
                Half.AM, world.cabinet, List.of(world.a), "secretariat"));
        assertThat(statuses()).containsExactly("TO_REPLAN", "TO_REPLAN");
    }
}
