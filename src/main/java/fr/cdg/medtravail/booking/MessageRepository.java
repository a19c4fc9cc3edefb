package fr.cdg.medtravail.booking;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.visits.VisitKind;

/**
 * The outbox seen from the mail sender: which appointments still owe a convocation or a reminder, the messages not
 * yet delivered with the recipient's address (the référent's e-mail from the directory), and the convocation of an
 * appointment (reading the session, cabinet, professional, agent and collectivité it names).
 */
@Repository
class MessageRepository {

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Owed(long appointmentId, long collectiviteId, long agentId) {
    }

    /** Booked, non-confidential appointments after {@code now} without a message of that kind. */
    List<Owed> owed(NotificationKind kind, LocalDateTime now, LocalDateTime until, boolean bookedBeforeNotice) {
        return jdbc.sql("""
                SELECT a.id, a.collectivite_id, a.agent_id FROM appointment a
                WHERE a.status = 'BOOKED' AND NOT a.confidential AND a.starts_at > :now AND a.starts_at <= :until
                  AND (NOT :early OR a.booked_at AT TIME ZONE :zone <= a.starts_at - make_interval(hours => :hours))
                  AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.appointment_id = a.id AND n.kind = :kind)
                ORDER BY a.starts_at, a.id
                """).param("now", now).param("until", until).param("early", bookedBeforeNotice)
                .param("zone", BookingRules.ZONE.getId()).param("hours", (int) BookingRules.ABSENCE_NOTICE.toHours())
                .param("kind", kind.name())
                .query((rs, i) -> new Owed(rs.getLong(1), rs.getLong(2), rs.getLong(3))).list();
    }

    void write(String recipient, Owed owed, NotificationKind kind) {
        jdbc.sql("""
                INSERT INTO notification (recipient, collectivite_id, agent_id, kind, payload, dedup_key, appointment_id)
                VALUES (?, ?, ?, ?, jsonb_build_object('appointmentId', ?::bigint), ?, ?)
                ON CONFLICT (dedup_key) DO NOTHING
                """).params(recipient, owed.collectiviteId(), owed.agentId(), kind.name(), owed.appointmentId(),
                        kind.name().toLowerCase() + ":" + owed.appointmentId(), owed.appointmentId())
                .update();
    }

    /** A message to deliver; {@code referentEmail}: the directory's e-mail of its collectivité's référent. */
    record OutboxMessage(long id, String recipient, Long collectiviteId, NotificationKind kind, String payload,
                   Long appointmentId, String referentEmail) {
    }

    /** The oldest undelivered message, locked until the transaction ends so that two runs never send it twice. */
    Optional<OutboxMessage> oldestUndelivered() {
        return jdbc.sql("""
                SELECT n.id, n.recipient, n.collectivite_id, n.kind, n.payload::text, n.appointment_id, c.referent_email
                FROM notification n LEFT JOIN collectivite c ON c.id = n.collectivite_id
                WHERE n.sent_at IS NULL ORDER BY n.id LIMIT 1 FOR UPDATE OF n SKIP LOCKED
                """)
                .query((rs, i) -> new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                        NotificationKind.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, Long.class),
                        rs.getString(7)))
                .optional();
    }

    void delivered(long id, MessageOutcome outcome, String address) {
        jdbc.sql("UPDATE notification SET sent_at = now(), outcome = ?, address = ? WHERE id = ?")
                .params(outcome.name(), address, id).update();
    }

    record Delivery(NotificationKind kind, MessageOutcome outcome, String address) {
    }

    /** What was delivered about an appointment, oldest first. */
    List<Delivery> deliveries(long appointmentId) {
        return jdbc.sql("SELECT kind, outcome, address FROM notification WHERE appointment_id = ? AND sent_at IS NOT NULL ORDER BY id")
                .param(appointmentId)
                .query((rs, i) -> new Delivery(NotificationKind.valueOf(rs.getString(1)),
                        MessageOutcome.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    Optional<Convocation> convocation(long appointmentId) {
        return jdbc.sql("""
                SELECT a.id, a.collectivite_id, col.name, col.referent_email, ag.last_name, ag.first_name, a.visit_kind,
                       p.kind, cab.name, cab.kind = 'TELECONSULTATION', cab.address, cab.postal_code, cab.city,
                       a.starts_at, a.ends_at, a.confidential, a.status
                FROM appointment a JOIN planning_session s ON s.id = a.session_id
                JOIN professional p ON p.id = s.professional_id JOIN cabinet cab ON cab.id = s.cabinet_id
                JOIN agent ag ON ag.id = a.agent_id JOIN collectivite col ON col.id = a.collectivite_id
                WHERE a.id = ?
                """).param(appointmentId)
                .query((rs, i) -> new Convocation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), VisitKind.valueOf(rs.getString(7)),
                        ProfessionalKind.valueOf(rs.getString(8)), rs.getString(9), rs.getBoolean(10),
                        rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getObject(14, LocalDateTime.class), rs.getObject(15, LocalDateTime.class),
                        rs.getBoolean(16), AppointmentStatus.valueOf(rs.getString(17))))
                .optional();
    }
}
