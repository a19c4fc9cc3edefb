/** Append-only record of who read or changed agent data, log-ins and refusals. */
@ApplicationModule(displayName = "Audit trail: who read or changed agent data, log-ins, refusals")
package fr.cdg.medtravail.audit;

import org.springframework.modulith.ApplicationModule;
