/** Deterministic demo and benchmark data (cig, cdg69 presets) loaded into an empty database. */
@ApplicationModule(displayName = "Demo and benchmark data (cig, cdg69 presets) loaded into an empty database")
package fr.cdg.medtravail.demo;

import org.springframework.modulith.ApplicationModule;
