package fr.cdg.medtravail.gdpr;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention job is scheduled (see {@link GdprSettings#retentionCron()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GdprConfiguration {
}
