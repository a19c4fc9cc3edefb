package fr.cdg.medtravail.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;

/**
 * The statements of one collectivité, computed from plain data (no database): the yearly fee (YEAR), and the
 * semesters' complementary statements (S1, S2) with the unjustified-absence surcharge and the statutory acts billed
 * past the quota.
 * <p>
 * Surcharge: the rule and threshold are those of the preventive grid in force on the period's last day. S1 applies
 * them to the first semester's rate, as an instalment; S2 applies them to the year's rate, bills every unjustified
 * absence of the year and deducts what S1 billed (a credit when the year stays under the threshold). Each absence is
 * priced at the per-agent cost of the grid in force on its day.
 */
public final class StatementRules {

    private static final String ATTENDANCE = "Présences de la prise de rendez-vous";

    private StatementRules() {
    }

    /** {@code sectorLeaves}: the leaves of the collectivité's sector professional, for the pro-rata on S2. */
    public static StatementDraft compute(int year, BillingPeriod period, Biller biller, List<TariffGrid> grids,
                                         Collection<AttendanceDay> days, Collection<ActCharge> acts,
                                         Collection<ContinuityReduction.Span> sectorLeaves) {
        // The fee's grid is the one of 1 January; the surcharge's, the one at the end of the semester.
        var ruleGrid = grid(grids, period == BillingPeriod.YEAR ? period.firstDay(year) : period.lastDay(year));
        var ledger = AbsenceLedger.of(biller.collectiviteId(), year, period == BillingPeriod.S1 ? BillingPeriod.S1
                : BillingPeriod.YEAR, days);
        var lines = new ArrayList<StatementLine>();
        switch (period) {
            case YEAR -> lines.add(fee(year, biller, grids));
            case S1 -> {
                lines.addAll(surcharge(year, BillingPeriod.S1, biller, grids, days, 1));
                lines.addAll(acts(year, period, acts));
            }
            case S2 -> {
                lines.addAll(surcharge(year, BillingPeriod.YEAR, biller, grids, days, 1));
                lines.addAll(surcharge(year, BillingPeriod.S1, biller, grids, days, -1));
                lines.addAll(reduction(year, biller, grids, days, sectorLeaves));
                lines.addAll(acts(year, period, acts));
            }
        }
        return new StatementDraft(biller.collectiviteId(), biller.name(), biller.siren(), year, period, ruleGrid,
                ledger, lines);
    }

    /** Headcount at 1 January × the per-agent cost of the category, on the grid in force on 1 January. */
    static StatementLine fee(int year, Biller biller, List<TariffGrid> grids) {
        if (biller.headcount() == null) {
            throw new InvalidInputException("headcount", "no headcount declared for " + year);
        }
        var grid = grid(grids, LocalDate.of(year, 1, 1));
        return StatementLine.of("Cotisation annuelle " + year + " — effectif au 1er janvier",
                BigDecimal.valueOf(biller.headcount()), agentCost(grid, biller),
                "Effectif × coût agent « " + biller.category().label() + " » — " + grid.label(),
                "Effectif " + year + " déclaré le " + biller.headcountDeclaredOn(), grid.id());
    }

    /**
     * The surcharge of a ledger (S1's or the year's) when its grid's rule applies, one line per grid of the absences'
     * days; {@code sign} -1 deducts it (S1's instalment on the S2 statement).
     */
    private static List<StatementLine> surcharge(int year, BillingPeriod over, Biller biller, List<TariffGrid> grids,
                                                 Collection<AttendanceDay> days, int sign) {
        var ruleGrid = grid(grids, over.lastDay(year));
        var ledger = AbsenceLedger.of(biller.collectiviteId(), year, over, days);
        if (ruleGrid.surchargeRule() == SurchargeRule.NONE || !ledger.exceeds(ruleGrid.surchargeThreshold())) {
            return List.of();
        }
        var byGrid = new LinkedHashMap<TariffGrid, Integer>();
        days.stream()
                .filter(d -> d.collectiviteId() == biller.collectiviteId() && d.unjustified() > 0
                        && over.contains(year, d.day()))
                .sorted((x, y) -> x.day().compareTo(y.day()))
                .forEach(d -> byGrid.merge(grid(grids, d.day()), d.unjustified(), Integer::sum));
        var label = sign > 0 ? "Absences injustifiées " + (over == BillingPeriod.S1 ? "du 1er semestre " : "de l'année ")
                + year : "Absences injustifiées déjà facturées au 1er semestre " + year;
        var rule = ruleGrid.surchargeRule().label() + " : taux " + ledger.unjustifiedRate() + " % ("
                + ledger.unjustified() + " / " + ledger.visits() + " visites) > " + ruleGrid.surchargeThreshold()
                .stripTrailingZeros().toPlainString() + " % — " + ruleGrid.label();
        var lines = new ArrayList<StatementLine>();
        for (Map.Entry<TariffGrid, Integer> entry : byGrid.entrySet()) {
            var grid = entry.getKey();
            lines.add(StatementLine.of(label, BigDecimal.valueOf((long) sign * entry.getValue()),
                    agentCost(grid, biller), rule, ATTENDANCE + " du " + over.firstDay(year) + " au "
                            + over.lastDay(year) + ", coût agent de la " + grid.label(), grid.id()));
        }
        return lines;
    }

    /**
     * The fee revised pro rata of the sector professional's long absences without continuity (MEDPREV art. 2), known
     * only once the year is over, hence on S2: days × the daily fee (the fee ÷ the days of the year, to 4 decimals).
     */
    private static List<StatementLine> reduction(int year, Biller biller, List<TariffGrid> grids,
                                                 Collection<AttendanceDay> days,
                                                 Collection<ContinuityReduction.Span> leaves) {
        if (leaves.isEmpty() || biller.headcount() == null) {
            return List.of();
        }
        var held = days.stream().filter(d -> d.collectiviteId() == biller.collectiviteId() && d.held() > 0)
                .map(AttendanceDay::day).collect(Collectors.toSet());
        int uncovered = ContinuityReduction.uncoveredDays(year, leaves, held);
        if (uncovered == 0) {
            return List.of();
        }
        var fee = fee(year, biller, grids);
        int yearDays = Year.of(year).length();
        return List.of(StatementLine.of("Réduction au prorata : " + uncovered + " jours d'absence du professionnel "
                        + "de secteur sans continuité de service", BigDecimal.valueOf(-uncovered),
                fee.amount().divide(BigDecimal.valueOf(yearDays), 4, RoundingMode.HALF_UP),
                "Absence de plus de 3 mois sans continuité : cotisation de " + fee.amount() + " € révisée au prorata"
                        + " (cotisation ÷ " + yearDays + " jours, par jour d'absence)",
                "Congés du professionnel de secteur (annuaire) ; aucune visite tenue pendant l'absence", fee.gridId()));
    }

    private static List<StatementLine> acts(int year, BillingPeriod period, Collection<ActCharge> acts) {
        return acts.stream()
                .filter(act -> period.contains(year, act.visitedOn()))
                .sorted((x, y) -> x.visitedOn().equals(y.visitedOn()) ? Long.compare(x.requestId(), y.requestId())
                        : x.visitedOn().compareTo(y.visitedOn()))
                .map(act -> StatementLine.of("Médecine statutaire : " + act.label(), BigDecimal.ONE, act.amount(),
                        "Visite au-delà du droit de tirage, facturée à l'acte (convention MSC art. 3)",
                        "Demande statutaire " + act.requestId() + ", visite du " + act.visitedOn(), null))
                .toList();
    }

    private static TariffGrid grid(List<TariffGrid> grids, LocalDate day) {
        return TariffGrid.inForce(grids, day)
                .orElseThrow(() -> new ConflictException("No preventive tariff grid in force on " + day));
    }

    private static BigDecimal agentCost(TariffGrid grid, Biller biller) {
        return grid.agentCost(biller.category()).orElseThrow(() -> new ConflictException(
                "The " + grid.label() + " has no per-agent cost for " + biller.category()));
    }
}
