package fr.cdg.medtravail.booking;

import static fr.cdg.medtravail.booking.BookingApiTest.booking;
import static fr.cdg.medtravail.booking.BookingFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import fr.cdg.medtravail.booking.MessageRepository.Delivery;
import fr.cdg.medtravail.calendar.Half;
import fr.cdg.medtravail.directory.professional.ProfessionalKind;
import fr.cdg.medtravail.security.Role;
import fr.cdg.medtravail.support.IntegrationTest;
import fr.cdg.medtravail.support.MailServer;
import fr.cdg.medtravail.visits.SessionReplanned;

/**
 * Convocations and reminders through a real SMTP server (GreenMail, in process): the référent's e-mail carries the
 * convocation as a PDF, each message leaves once, the reminder 48 hours before, nothing for a confidential visit,
 * and without an SMTP server the outbox is recorded but nothing is sent.
 */
class ConvocationMailTest extends IntegrationTest {

    @Autowired
    MessageDelivery delivery;
    @Autowired
    BookingService bookings;
    @Autowired
    MessageRepository messages;
    @Autowired
    MailSettings settings;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    private BookingFixture world;
    private RestTestClient referent;
    private String referentEmail;
    private LocalDate day;
    private long session;

    @BeforeEach
    void setUp() {
        world = new BookingFixture(jdbc);
        referentEmail = "referent-" + world.a + "@ville.test";
        jdbc.sql("UPDATE collectivite SET referent_email = ? WHERE id = ?").params(referentEmail, world.a).update();
        jdbc.sql("UPDATE cabinet SET address = '12 rue des Lilas', postal_code = '69003', city = 'Lyon' WHERE id = ?")
                .param(world.cabinet).update();
        referent = as(Role.REFERENT, world.a);
        day = LocalDate.now().plusDays(20);
        session = world.session(world.nurse, day, Half.AM, 210, Map.of(world.a, 90));
    }

    @AfterEach
    void tearDown() {
        world.remove();
    }

    private long book(RestTestClient client, long agent, String kind, LocalDateTime start) {
        var body = client.post().uri("/api/appointments").body(booking(session, agent, kind, start)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return ((Number) body.get("id")).longValue();
    }

    @Test
    void theReferentReceivesTheConvocationWithItsPdfOnce() throws Exception {
        long appointment = book(referent, world.agent(world.a), "VIP", at(day, 9, 30));

        delivery.run(LocalDateTime.now());

        var received = MailServer.receivedBy(referentEmail);
        assertThat(received).hasSize(1);
        var mail = received.get(0);
        assertThat(mail.getSubject()).startsWith("Convocation : Paul Durand").contains("à 09:30");
        var pdf = pdfText(attachment(mail));
        assertThat(pdf).contains("Cabinet ", "09:30", "12 rue des Lilas", "Infirmier", "Paul Durand",
                "pièce d'identité");
        assertThat(messages.deliveries(appointment))
                .containsExactly(new Delivery(NotificationKind.CONVOCATION, MessageOutcome.SENT, referentEmail));

        delivery.run(LocalDateTime.now());
        assertThat(MailServer.receivedBy(referentEmail)).hasSize(1);
    }

    @Test
    void theReminderLeavesOnce48HoursBeforeTheVisit() throws Exception {
        var start = at(day, 10, 0);
        long appointment = book(referent, world.agent(world.a), "VIP", start);
        delivery.run(LocalDateTime.now());
        assertThat(MailServer.receivedBy(referentEmail)).hasSize(1);

        delivery.run(start.minusHours(49));
        assertThat(MailServer.receivedBy(referentEmail)).hasSize(1);

        delivery.run(start.minusHours(47));
        var received = MailServer.receivedBy(referentEmail);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getSubject()).startsWith("Rappel de rendez-vous : Paul Durand");
        assertThat(pdfText(attachment(received.get(1)))).contains("10:00");

        delivery.run(start.minusHours(46));
        assertThat(MailServer.receivedBy(referentEmail)).hasSize(2);
        assertThat(messages.deliveries(appointment)).extracting(Delivery::kind)
                .containsExactly(NotificationKind.CONVOCATION, NotificationKind.REMINDER);
    }

    @Test
    void theBookingCoresOutboxLeavesByEmailToo() throws Exception {
        var neighbourEmail = "referent-" + world.b + "@voisine.test";
        jdbc.sql("UPDATE collectivite SET referent_email = ? WHERE id = ?").params(neighbourEmail, world.b).update();
        referent.post().uri("/api/collectivites/{id}/sessions/{session}/releases", world.a, session)
                .body(Map.of("minutes", 30)).exchange().expectStatus().isNoContent();
        var soon = LocalDate.now().plusDays(10);
        world.session(world.doctor, soon, Half.PM, 210, Map.of(world.a, 60));
        bookings.warnEmptyReserves(LocalDate.now());

        delivery.run(LocalDateTime.now());

        var offer = MailServer.receivedBy(neighbourEmail);
        assertThat(offer).hasSize(1);
        assertThat(offer.get(0).getSubject()).isEqualTo("Des créneaux se sont libérés près de chez vous");
        assertThat((String) offer.get(0).getContent()).contains("30 minutes", Convocation.frenchDay(day));
        assertThat(MailServer.receivedBy(referentEmail)).extracting(MimeMessage::getSubject)
                .contains("Séance dans moins de 15 jours : aucun agent placé");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE collectivite_id IN (?, ?) AND sent_at IS NULL")
                .params(world.a, world.b).query(Long.class).single()).isZero();
    }

    @Test
    void aReplannedSessionsNoticeNamesTheDayAndTheTimes() throws Exception {
        book(referent, world.agent(world.a), "VIP", at(day, 9, 30));
        events.publishEvent(SessionReplanned.withdrawn(session, List.of(world.a), "secretariat"));

        delivery.run(LocalDateTime.now());

        var notice = MailServer.receivedBy(referentEmail).stream()
                .filter(mail -> subject(mail).equals("Une séance a été replanifiée")).toList();
        assertThat(notice).hasSize(1);
        assertThat((String) notice.get(0).getContent()).contains("La séance du " + Convocation.frenchDay(day),
                "1 de vos agents", "(à 09:30)", "décision du secrétariat");
        assertThat(MailServer.receivedBy(referentEmail)).extracting(ConvocationMailTest::subject)
                .doesNotContain("Changement d'une séance annoncée");
    }

    @Test
    void aMovedSessionIsAnnouncedToTheReferentWithoutAppointments() throws Exception {
        var cabinetName = jdbc.sql("SELECT name FROM cabinet WHERE id = ?").param(world.cabinet).query(String.class)
                .single();
        events.publishEvent(new SessionReplanned(session, false, world.nurse, ProfessionalKind.NURSE, day.plusDays(1),
                Half.PM, world.cabinet, List.of(world.a), "secretariat"));

        delivery.run(LocalDateTime.now());

        var notice = MailServer.receivedBy(referentEmail).stream()
                .filter(mail -> subject(mail).equals("Changement d'une séance annoncée")).toList();
        assertThat(notice).hasSize(1);
        assertThat((String) notice.get(0).getContent()).contains(
                "La séance du " + Convocation.frenchDay(day) + " (matin) annoncée à votre collectivité est déplacée au "
                        + Convocation.frenchDay(day.plusDays(1)) + " (après-midi), lieu : " + cabinetName + ".");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aConfidentialAppointmentSendsNothingToTheReferent() {
        long agent = world.agent(world.a);
        var secretariat = as(Role.SECRETARIAT);
        secretariat.post().uri("/api/visit-requests")
                .body(Map.of("agentId", agent, "kind", "AGENT_REQUEST", "confidential", true)).exchange()
                .expectStatus().isCreated();
        var start = at(day, 9, 0);
        long appointment = book(secretariat, agent, "AGENT_REQUEST", start);

        delivery.run(LocalDateTime.now());
        delivery.run(start.minusHours(47));

        assertThat(MailServer.receivedBy(referentEmail)).isEmpty();
        assertThat(messages.deliveries(appointment)).isEmpty();
        referent.get().uri("/rendez-vous/{id}/convocation", appointment).exchange().expectStatus().isNotFound();
    }

    @Test
    void aCancelledAppointmentsConvocationIsNotSent() {
        long appointment = book(referent, world.agent(world.a), "VIP", at(day, 11, 0));
        referent.delete().uri("/api/appointments/{id}", appointment).exchange().expectStatus().isOk();

        delivery.run(LocalDateTime.now());

        assertThat(MailServer.receivedBy(referentEmail)).isEmpty();
    }

    @Test
    void aRefusedAddressIsRecordedOnceAndHoldsUpNothing() {
        jdbc.sql("UPDATE collectivite SET referent_email = '<faute@ville.test' WHERE id = ?").param(world.a).update();
        long refused = book(referent, world.agent(world.a), "VIP", at(day, 9, 0));

        delivery.run(LocalDateTime.now());
        delivery.run(LocalDateTime.now());

        assertThat(messages.deliveries(refused)).containsExactly(
                new Delivery(NotificationKind.CONVOCATION, MessageOutcome.REJECTED, "<faute@ville.test"));
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE collectivite_id = ? AND sent_at IS NULL")
                .param(world.a).query(Long.class).single()).isZero();
    }

    @Test
    void withoutAnSmtpServerTheMessagesAreRecordedButNotSent() {
        var noServer = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        var recording = new MessageDelivery(messages, noServer, settings, json, Clock.systemDefaultZone(),
                transactions);
        long appointment = book(referent, world.agent(world.a), "VIP", at(day, 9, 0));

        recording.run(LocalDateTime.now());
        recording.run(LocalDateTime.now());

        assertThat(MailServer.receivedBy(referentEmail)).isEmpty();
        assertThat(messages.deliveries(appointment))
                .containsExactly(new Delivery(NotificationKind.CONVOCATION, MessageOutcome.RECORDED, referentEmail));
    }

    private static byte[] attachment(MimeMessage mail) throws MessagingException, IOException {
        var parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                assertThat(part.getFileName()).endsWith(".pdf");
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment in " + List.of(mail.getSubject()));
    }

    /** The text of a PDF's first page, as OpenPDF reads it. */
    static String pdfText(byte[] pdf) throws IOException {
        try (var reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(1);
        }
    }
}
