/**
 * Appointments: référents and the secretariat place agents on published sessions (read from planning's tables), the
 * database keeping two appointments off the same time; attendance, reserved minutes given back, the notification
 * outbox.
 */
@ApplicationModule(displayName = "Booking: appointments on published sessions, attendance, released minutes")
package fr.cdg.medtravail.booking;

import org.springframework.modulith.ApplicationModule;
