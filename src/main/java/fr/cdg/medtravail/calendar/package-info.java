/** Shared kernel: public holidays, working days and half-days, open to every module. */
@ApplicationModule(displayName = "French calendar (shared kernel): holidays, working days, half-days", type = ApplicationModule.Type.OPEN)
package fr.cdg.medtravail.calendar;

import org.springframework.modulith.ApplicationModule;
