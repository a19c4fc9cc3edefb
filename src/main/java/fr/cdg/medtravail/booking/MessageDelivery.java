package fr.cdg.medtravail.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.visits.VisitKind;

/**
 * Delivers the notification outbox by e-mail: first writes the convocations of new appointments and the reminders
 * due 48 hours before a visit, then sends every undelivered message once and records how it left (sent_at,
 * outcome, address). Confidential appointments get neither: the employer is not told.
 */
@Service
public class MessageDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MessageDelivery.class);

    private final MessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AtomicBoolean toldNotSending = new AtomicBoolean();

    MessageDelivery(MessageRepository messages, ObjectProvider<JavaMailSender> mailSender, MailSettings settings,
                    JsonMapper json, Clock clock, TransactionTemplate transactions) {
        this.messages = messages;
        this.mailSender = mailSender;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** What one run did. */
    public record DeliveryRun(int convocations, int reminders, int delivered) {
    }

    @Scheduled(fixedDelayString = "${medtravail.mail.interval:PT5M}", initialDelayString = "${medtravail.mail.interval:PT5M}")
    void scheduled() {
        if (settings.scheduled()) {
            run(LocalDateTime.now(clock.withZone(BookingRules.ZONE)));
        }
    }

    /**
     * Writes the convocations and reminders owed at {@code now} (French local time), then delivers the outbox, oldest
     * first, at most {@code medtravail.mail.batch} messages. Each message is sent and marked in its own transaction:
     * an SMTP failure stops the run and leaves that message and the rest for the next one, never resending those
     * already sent.
     */
    public DeliveryRun run(LocalDateTime now) {
        var written = transactions.execute(status -> new int[] {
                write(NotificationKind.CONVOCATION, messages.owed(NotificationKind.CONVOCATION, now, now.plusYears(100),
                        false)),
                write(NotificationKind.REMINDER, messages.owed(NotificationKind.REMINDER, now,
                        now.plus(BookingRules.ABSENCE_NOTICE), true))});
        int delivered = 0;
        while (delivered < settings.batch() && Boolean.TRUE.equals(transactions.execute(status -> deliverOldest()))) {
            delivered++;
        }
        return new DeliveryRun(written[0], written[1], delivered);
    }

    private int write(NotificationKind kind, List<MessageRepository.Owed> owed) {
        owed.forEach(one -> messages.write(BookingService.referentsOf(one.collectiviteId()), one, kind));
        return owed.size();
    }

    /** False when nothing is left to deliver. */
    private boolean deliverOldest() {
        var next = messages.oldestUndelivered();
        next.ifPresent(this::deliver);
        return next.isPresent();
    }

    private void deliver(MessageRepository.OutboxMessage message) {
        var convocation = message.appointmentId() == null ? null
                : messages.convocation(message.appointmentId()).orElse(null);
        if (message.appointmentId() != null
                && (convocation == null || convocation.status() != AppointmentStatus.BOOKED || convocation.confidential())) {
            messages.delivered(message.id(), MessageOutcome.OBSOLETE, null);
            return;
        }
        var address = address(message);
        if (address == null) {
            messages.delivered(message.id(), MessageOutcome.NO_ADDRESS, null);
            return;
        }
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (toldNotSending.compareAndSet(false, true)) {
                LOG.warn("spring.mail.host is not set: messages are recorded in the notification table, not sent");
            }
            messages.delivered(message.id(), MessageOutcome.RECORDED, address);
            return;
        }
        messages.delivered(message.id(), send(sender, address, message, convocation), address);
    }

    private String address(MessageRepository.OutboxMessage message) {
        if (BookingService.SECRETARIAT.equals(message.recipient())) {
            return settings.secretariat();
        }
        if (message.collectiviteId() != null
                && BookingService.referentsOf(message.collectiviteId()).equals(message.recipient())) {
            return message.referentEmail();
        }
        return null;
    }

    /**
     * SENT, or REJECTED when the address cannot be written or the SMTP server refuses it: retrying would fail
     * again and hold up every later message. Any other failure (server down) is thrown, for the next run.
     */
    private MessageOutcome send(JavaMailSender sender, String address, MessageRepository.OutboxMessage message,
                                Convocation convocation) {
        try {
            var mime = sender.createMimeMessage();
            var helper = new MimeMessageHelper(mime, convocation != null, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(address);
            if (convocation != null) {
                var reminder = message.kind() == NotificationKind.REMINDER;
                helper.setSubject(convocation.subject(reminder ? "Rappel de rendez-vous" : "Convocation"));
                helper.setText(appointmentText(convocation, reminder));
                helper.addAttachment("convocation-" + convocation.appointmentId() + ".pdf",
                        new ByteArrayResource(ConvocationPdf.render(convocation)), "application/pdf");
            } else {
                var payload = json.readTree(message.payload());
                helper.setSubject(subject(message.kind()));
                helper.setText(outboxText(message.kind(), payload));
            }
            sender.send(mime);
            return MessageOutcome.SENT;
        } catch (AddressException e) {
            return rejected(message, address, e);
        } catch (MailSendException e) {
            if (e.getFailedMessages().values().stream().anyMatch(SendFailedException.class::isInstance)) {
                return rejected(message, address, e);
            }
            throw e;
        } catch (MessagingException e) {
            throw new IllegalStateException("Message " + message.id() + " could not be written", e);
        }
    }

    private static MessageOutcome rejected(MessageRepository.OutboxMessage message, String address, Exception e) {
        LOG.warn("Message {} to {} refused, not retried: {}", message.id(), address, e.getMessage());
        return MessageOutcome.REJECTED;
    }

    private static String appointmentText(Convocation c, boolean reminder) {
        var text = new StringBuilder("Bonjour,\n\n");
        text.append(reminder ? "Pour rappel, " : "").append(c.agentName()).append(" (").append(c.collectiviteName())
                .append(") est attendu(e) le ").append(c.day()).append(" à ").append(c.time()).append(" pour une ")
                .append(c.visitKind().label().toLowerCase(Locale.FRENCH)).append(", reçu(e) par : ")
                .append(c.professionalKind().label().toLowerCase(Locale.FRENCH)).append(".\n\nLieu : ")
                .append(c.cabinetName()).append("\nAdresse : ").append(c.fullAddress()).append("\n\nÀ apporter :\n");
        c.toBring().forEach(item -> text.append(" - ").append(item).append('\n'));
        text.append("\nLa convocation est jointe : merci de la remettre à l'agent.\n");
        text.append(reminder
                ? "Le délai de " + BookingRules.ABSENCE_NOTICE.toHours() + " heures est atteint : une annulation est"
                        + " désormais une absence injustifiée, facturée, sauf si un autre agent prend le créneau.\n"
                : "Une absence doit être signalée au moins " + BookingRules.ABSENCE_NOTICE.toHours()
                        + " heures avant la visite ; sinon elle est facturée.\n");
        return text.append("\nLe service de santé au travail").toString();
    }

    private static String subject(NotificationKind kind) {
        return switch (kind) {
            case RELEASE_OFFER -> "Des créneaux se sont libérés près de chez vous";
            case WAITLIST_OFFER -> "Un créneau pour un agent de votre liste d'attente";
            case EMPTY_RESERVE_WARNING -> "Séance dans moins de 15 jours : aucun agent placé";
            case REPLAN_NOTICE -> "Une séance a été replanifiée";
            case SESSION_MOVED -> "Changement d'une séance annoncée";
            case REPLAN_DECISION -> "Séance replanifiée : rendez-vous à traiter";
            case CONVOCATION, REMINDER -> "Rendez-vous";
        };
    }

    private static String outboxText(NotificationKind kind, JsonNode payload) {
        var session = session(payload);
        var text = new StringBuilder("Bonjour,\n\n");
        text.append(switch (kind) {
            case RELEASE_OFFER -> payload.path("minutes").asInt() + " minutes sont de nouveau libres " + session
                    + ". Placez vos agents depuis « Mes rendez-vous » : premier arrivé, premier servi.";
            case WAITLIST_OFFER -> "Des minutes sont libres " + session + " pour un agent de votre liste d'attente ("
                    + visitLabel(payload) + "). Placez-le depuis « Mes rendez-vous » : premier arrivé, premier servi.";
            case EMPTY_RESERVE_WARNING -> "Aucun agent n'est placé sur les " + payload.path("reservedMinutes").asInt()
                    + " minutes réservées pour votre collectivité " + session + ". Placez vos agents, ou prévenez le"
                    + " secrétariat au moins " + BookingRules.RELEASE_NOTICE_DAYS + " jours avant si ces minutes"
                    + " resteront inutilisées : elles ne donnent pas droit à de nouveaux créneaux.";
            case REPLAN_NOTICE -> replanNotice(payload);
            case SESSION_MOVED -> sessionMoved(payload);
            case REPLAN_DECISION -> "Une séance avec des rendez-vous a été replanifiée " + session
                    + " : décidez du sort de ses rendez-vous.";
            case CONVOCATION, REMINDER -> "";
        });
        return text.append("\n\nLe service de santé au travail").toString();
    }

    /** "pour la séance du lundi 3 mars 2031 (matin)", from the payload's date and halfDay. */
    private static String session(JsonNode payload) {
        return payload.hasNonNull("date") ? "pour la séance du " + day(payload, "date", "halfDay") : "";
    }

    /** "lundi 3 mars 2031 (matin)", from two fields of the payload (the half-day may be missing). */
    private static String day(JsonNode payload, String dateField, String halfField) {
        var day = Convocation.frenchDay(LocalDate.parse(payload.path(dateField).asString()));
        var half = payload.hasNonNull(halfField) ? " (" + Half.valueOf(payload.path(halfField).asString()).label()
                .toLowerCase(Locale.FRENCH) + ")" : "";
        return day + half;
    }

    /** The session as it was announced, and its new day, half-day and cabinet or its withdrawal; no agent. */
    private static String sessionMoved(JsonNode payload) {
        var announced = "La séance du " + day(payload, "date", "halfDay") + " annoncée à votre collectivité";
        if (payload.path("withdrawn").asBoolean()) {
            return announced + " est retirée du planning. Les séances à venir de votre collectivité sont dans"
                    + " « Mes rendez-vous ».";
        }
        return announced + " est déplacée au " + day(payload, "newDate", "newHalfDay") + ", lieu : "
                + payload.path("cabinet").asString() + ". Placez vos agents depuis « Mes rendez-vous ».";
    }

    /** The day and times of the référent's agents; messages written before they were recorded say less. */
    private static String replanNotice(JsonNode payload) {
        if (!payload.hasNonNull("date")) {
            return "Une séance où vous avez des rendez-vous a été replanifiée. Consultez « Mes rendez-vous ».";
        }
        var times = new ArrayList<String>();
        payload.path("times").forEach(time -> times.add(time.asString()));
        return "La séance du " + Convocation.frenchDay(LocalDate.parse(payload.path("date").asString())) + " où "
                + payload.path("appointmentIds").size() + " de vos agents ont rendez-vous (à " + String.join(", ", times)
                + ") a été replanifiée. Ces rendez-vous attendent la décision du secrétariat, qui vous proposera un"
                + " autre créneau ; suivez-les dans « Mes rendez-vous ».";
    }

    private static String visitLabel(JsonNode payload) {
        return payload.hasNonNull("visitKind") ? VisitKind.valueOf(payload.path("visitKind").asString()).label()
                : "visite";
    }
}
