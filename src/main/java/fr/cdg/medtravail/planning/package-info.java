/** Consultation sessions planned by OptaPlanner: horizons, demand, runs, publication, moves. */
@ApplicationModule(displayName = "Planning of consultation sessions with OptaPlanner")
package fr.cdg.medtravail.planning;

import org.springframework.modulith.ApplicationModule;
