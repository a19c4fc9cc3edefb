/** Collectivités, agents, health professionals, cabinets: the reference data every other module reads. */
@ApplicationModule(displayName = "Directory: collectivités, agents, professionals, cabinets, leaves")
package fr.cdg.medtravail.directory;

import org.springframework.modulith.ApplicationModule;
