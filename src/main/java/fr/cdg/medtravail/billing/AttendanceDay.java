package fr.cdg.medtravail.billing;

import java.time.LocalDate;

/**
 * What became of one collectivité's appointments of one day, from booking's statuses: held, absences announced at
 * least 48 h before, unjustified ones (late cancellations included) and those another agent took (replaced).
 */
public record AttendanceDay(long collectiviteId, LocalDate day, int held, int announced, int unjustified,
                            int replaced) {
}
