package fr.cdg.medtravail.booking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Delivery of the notification outbox by e-mail. The SMTP server itself is {@code spring.mail.*}; without
 * {@code spring.mail.host} messages are recorded as delivered but not sent.
 *
 * @param from        sender address of every message
 * @param secretariat where the secretariat's messages go (re-plan decisions); none: recorded, not sent
 * @param interval    pause between two runs of the delivery job
 * @param scheduled   whether the job runs by itself (tests call it)
 * @param batch       most messages sent by one run
 */
@ConfigurationProperties("medtravail.mail")
public record MailSettings(String from, String secretariat, Duration interval, Boolean scheduled, Integer batch) {

    public MailSettings {
        from = from == null ? "sante-au-travail@cdg.invalid" : from;
        secretariat = secretariat == null || secretariat.isBlank() ? null : secretariat;
        interval = interval == null ? Duration.ofMinutes(5) : interval;
        scheduled = scheduled == null || scheduled;
        batch = batch == null ? 200 : batch;
    }
}
