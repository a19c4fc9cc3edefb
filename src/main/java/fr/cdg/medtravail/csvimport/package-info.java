/** Generic all-or-nothing CSV import framework; each owning module declares its own import kinds. */
@ApplicationModule(displayName = "CSV import framework: all-or-nothing, every problem by line and column", allowedDependencies = {"web", "calendar", "security"})
package fr.cdg.medtravail.csvimport;

import org.springframework.modulith.ApplicationModule;
