package fr.cdg.medtravail.statutory.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A collectivité's quota (droit de tirage) for a year and what its visits did with it (convention MSC, article 3).
 * Counted in half-slots so that 0.5 stays exact; one slot is one hour of visit. Visits are taken in date order: one
 * that still fits in what is left is covered; one that does not is billed per act and consumes nothing. An absence
 * not announced 48 h before always consumes one slot (the convention bills nothing more for it).
 *
 * @param headcount          the permanent headcount the quota is computed on (the total one when not declared)
 * @param permanentDeclared  whether a permanent headcount was declared for the year
 * @param rate               the share of the headcount, 0.08 unless the membership says otherwise
 */
public record QuotaStatement(int year, int headcount, boolean permanentDeclared, BigDecimal rate,
                             int entitledHalfSlots, int consumedHalfSlots, List<Entry> entries, List<ActLine> lines) {

    /** One visit: its weight and whether the quota covered it. */
    public record Entry(QuotaVisit visit, int halfSlots, boolean covered) {
    }

    public static QuotaStatement of(int year, int headcount, boolean permanentDeclared, BigDecimal rate,
                                    List<QuotaVisit> visits, List<ActTariff> tariffs) {
        int entitled = rate.multiply(BigDecimal.valueOf(headcount * 2L)).setScale(0, RoundingMode.FLOOR).intValueExact();
        int consumed = 0;
        var entries = new ArrayList<Entry>();
        var lines = new ArrayList<ActLine>();
        var ordered = visits.stream().sorted(Comparator.comparing(QuotaVisit::visitedOn)
                .thenComparingLong(QuotaVisit::requestId)).toList();
        for (var visit : ordered) {
            int weight = visit.halfSlots();
            boolean covered = visit.unannouncedAbsence() || consumed + weight <= entitled;
            if (covered) {
                consumed += weight;
            } else {
                lines.addAll(billed(visit, ActTariff.inForce(tariffs, visit.visitedOn())));
            }
            entries.add(new Entry(visit, weight, covered));
        }
        return new QuotaStatement(year, headcount, permanentDeclared, rate, entitled, consumed, entries, lines);
    }

    private static List<ActLine> billed(QuotaVisit visit, ActTariff tariff) {
        var kind = visit.kind();
        var lines = new ArrayList<ActLine>();
        lines.add(new ActLine(visit.requestId(), visit.visitedOn(), kind, kind.category(), tariff.price(kind.act())));
        if (visit.rpiAti()) {
            lines.add(new ActLine(visit.requestId(), visit.visitedOn(), kind, "Supplément RPI / ATI", tariff.rpiAti()));
        }
        if (visit.writtenReport()) {
            lines.add(new ActLine(visit.requestId(), visit.visitedOn(), kind, "Rapport écrit", tariff.writtenReport()));
        }
        return lines;
    }

    public BigDecimal billedTotal() {
        return lines.stream().map(ActLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Slots, for the screens: half-slots / 2. */
    public BigDecimal entitledSlots() {
        return slots(entitledHalfSlots);
    }

    /** Half-slots as slots with one decimal: 3 → 1.5. */
    public static BigDecimal slots(int halfSlots) {
        return BigDecimal.valueOf(halfSlots * 5L, 1);
    }

    public BigDecimal consumedSlots() {
        return slots(consumedHalfSlots);
    }
}
