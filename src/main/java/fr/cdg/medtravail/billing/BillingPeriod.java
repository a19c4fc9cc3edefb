package fr.cdg.medtravail.billing;

import java.time.LocalDate;

/** The yearly call for the fee, and the two semesters' complementary statements (MEDPREV article 3.3). */
public enum BillingPeriod {
    YEAR("Année"), S1("1er semestre"), S2("2e semestre");

    private final String label;

    BillingPeriod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public LocalDate firstDay(int year) {
        return this == S2 ? LocalDate.of(year, 7, 1) : LocalDate.of(year, 1, 1);
    }

    public LocalDate lastDay(int year) {
        return this == S1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(int year, LocalDate day) {
        return !day.isBefore(firstDay(year)) && !day.isAfter(lastDay(year));
    }
}
