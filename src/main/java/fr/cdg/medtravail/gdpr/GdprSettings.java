package fr.cdg.medtravail.gdpr;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Data retention (convention MEDPREV art. 4: agents' data deleted within 3 months after the membership ends).
 *
 * @param retentionAfterEnd how long after the end of a collectivité's last membership its agents' data is deleted
 * @param retentionCron     when the retention job runs (Spring cron; "-" disables it)
 */
@ConfigurationProperties("medtravail.gdpr")
public record GdprSettings(@DefaultValue("P3M") Period retentionAfterEnd,
                           @DefaultValue("0 30 2 * * *") String retentionCron) {
}
