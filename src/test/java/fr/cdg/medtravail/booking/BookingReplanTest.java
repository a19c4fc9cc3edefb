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
        // A books its agents; B is served by the session too but has booked nobody yet.
        session = world.session(world.nurse, day, Half.AM, 210, Map.of(world.a, 120, world.b, 60));
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

    /** Kind and recipient of the session's messages, by kind. */
    private List<String> messages(long sessionId) {
        return jdbc.sql("SELECT kind || ' ' || recipient FROM notification WHERE payload->>'sessionId' = ? ORDER BY kind, recipient")
                .param(String.valueOf(sessionId)).query(String.class).list();
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
                day, Half.AM, world.cabinet, List.of(world.a, world.b), "secretariat"));

        assertThat(statuses()).containsExactly("BOOKED", "BOOKED");
        assertThat(jdbc.sql("SELECT count(*) FROM appointment_change WHERE appointment_id IN (:ids) AND note LIKE 'session kept%'")
                .param("ids", booked).query(Long.class).single()).isEqualTo(2);
        // Only the professional changed: nobody is told, B included.
        assertThat(messages(session)).isEmpty();
    }

    @Test
    void withoutAReplacementTheAppointmentsWaitForTheSecretariatAndTheReferentIsTold() {
        events.publishEvent(SessionReplanned.withdrawn(session, List.of(world.a, world.b), "secretariat"));

        assertThat(statuses()).containsExactly("TO_REPLAN", "TO_REPLAN");
        // A hears of its appointments once; B, without any, that the session is withdrawn.
        assertThat(messages(session)).containsExactly("REPLAN_DECISION secretariat",
                "REPLAN_NOTICE referents:collectivite:" + world.a, "SESSION_MOVED referents:collectivite:" + world.b);
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
                Half.AM, world.cabinet, List.of(world.a, world.b), "secretariat"));
        assertThat(statuses()).containsExactly("TO_REPLAN", "TO_REPLAN");
        // Same place and time: B, without appointments, has nothing to hear.
        assertThat(messages(session)).containsExactly("REPLAN_DECISION secretariat",
                "REPLAN_NOTICE referents:collectivite:" + world.a);
    }

    /**
     * A published session nobody booked, moved to another day: the référents of each collectivité it serves are told
     * once, where and when it now is, without agent data; the same change heard again writes nothing more, the next
     * change is told again.
     */
    @Test
    void aSessionWithoutAppointmentsMovedToAnotherDayIsAnnouncedToEachServedCollectivite() {
        long empty = world.session(world.doctor, day.plusDays(1), Half.AM, 210, Map.of(world.b, 60, world.c, 30));
        var moved = new SessionReplanned(empty, false, world.doctor, ProfessionalKind.OCCUPATIONAL_DOCTOR,
                day.plusDays(2), Half.PM, world.cabinet, List.of(world.b, world.c), "secretariat");
        events.publishEvent(moved);
        events.publishEvent(moved);

        assertThat(messages(empty)).containsExactlyInAnyOrder("SESSION_MOVED referents:collectivite:" + world.b,
                "SESSION_MOVED referents:collectivite:" + world.c);
        assertThat(jdbc.sql("SELECT DISTINCT payload::text FROM notification WHERE payload->>'sessionId' = ?")
                .param(String.valueOf(empty)).query(String.class).single())
                .contains("\"date\": \"" + day.plusDays(1) + "\"", "\"newDate\": \"" + day.plusDays(2) + "\"",
                        "\"newHalfDay\": \"PM\"", "\"cabinet\": \"Cabinet ")
                .doesNotContain("agent", "appointment");

        // Planning writes the move: the session's next change is another message.
        jdbc.sql("UPDATE planning_session SET session_date = ?, half_day = 'PM' WHERE id = ?")
                .params(day.plusDays(2), empty).update();
        events.publishEvent(SessionReplanned.withdrawn(empty, List.of(world.b, world.c), "secretariat"));
        assertThat(messages(empty)).hasSize(4);
    }
}
