package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.util.List;

import fr.cdg.medtravail.statutory.QuotaUse;

/**
 * What the dashboards draw, for the collectivités the user sees (every one for the staff; the professionals' load
 * only for the staff).
 *
 * @param threshold the surcharge threshold of the grid in force at the year's end, in percent
 */
public record DashboardData(int year, BigDecimal threshold, List<Rate> rates, List<MonthVisits> months,
                            List<Load> loads, List<DeadlineMonth> deadlines, List<Quota> quotas) {

    public record Rate(long collectiviteId, String name, int visits, int unjustified, BigDecimal rate) {
    }

    /** Appointments of a month that reached their date (held or not) against those held. */
    public record MonthVisits(int month, int planned, int held, int unjustified, int announced) {
    }

    /** Hours of published sessions against two thirds of the professional's yearly working time. */
    public record Load(long professionalId, String name, BigDecimal plannedHours, BigDecimal capHours) {
    }

    /** Statutory requests due in a month: given a visit by their deadline, or not. */
    public record DeadlineMonth(int month, int met, int missed) {
    }

    public record Quota(String name, QuotaUse use) {
    }
}
