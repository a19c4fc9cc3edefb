/** Retention of agent data after a membership ends, and portability exports. */
@ApplicationModule(displayName = "GDPR: retention after a membership ends, portability export")
package fr.cdg.medtravail.gdpr;

import org.springframework.modulith.ApplicationModule;
