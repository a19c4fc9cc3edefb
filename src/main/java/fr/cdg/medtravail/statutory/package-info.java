/**
 * Statutory medicine (convention MSC): control visits and expertises by approved doctors, their deadlines in working
 * days, appointments planned mandatory first, the yearly quota and the acts billed past it.
 */
@ApplicationModule(displayName = "Statutory medicine: control visits and expertises by approved doctors, deadlines, quota")
package fr.cdg.medtravail.statutory;

import org.springframework.modulith.ApplicationModule;
