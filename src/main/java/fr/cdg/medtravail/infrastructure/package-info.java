/**
 * Runs the embedded PostgreSQL server when no external database is configured; keeps Flyway's history in step with
 * reworded migrations.
 */
@ApplicationModule(displayName = "Embedded PostgreSQL when no external database is configured")
package fr.cdg.medtravail.infrastructure;

import org.springframework.modulith.ApplicationModule;
