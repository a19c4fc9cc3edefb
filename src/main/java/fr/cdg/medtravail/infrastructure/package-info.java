/** Runs the embedded PostgreSQL server when no external database is configured. */
@ApplicationModule(displayName = "Embedded PostgreSQL when no external database is configured")
package fr.cdg.medtravail.infrastructure;

import org.springframework.modulith.ApplicationModule;
