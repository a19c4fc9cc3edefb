package fr.cdg.medtravail.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.cdg.medtravail.directory.collectivite.Membership;
import fr.cdg.medtravail.directory.collectivite.Membership.TariffCategory;
import fr.cdg.medtravail.web.ConflictException;

/** Hand-worked statements, to the cent. */
class BillingRulesTest {

    private static final int YEAR = 2026;
    private static final TariffGrid CDG69 = grid(1, LocalDate.of(2025, 1, 1), 1, "87", "104");
    private static final Biller AFFILIATED = new Biller(7, "Ville", "123456789", true, false,
            TariffCategory.AFFILIATED, 250, LocalDate.of(2026, 3, 12));

    @Test
    void theYearlyFeeIsTheHeadcountAtFirstJanuaryTimesTheAgentCost() {
        var draft = StatementRules.compute(YEAR, BillingPeriod.YEAR, AFFILIATED, List.of(CDG69), List.of(), List.of(), List.of());
        assertThat(draft.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualByComparingTo("250");
            assertThat(line.unitPrice()).isEqualByComparingTo("87");
            assertThat(line.rule()).contains("Affiliée", "CDG69");
            assertThat(line.source()).contains("2026-03-12");
        });
        assertThat(draft.total()).isEqualTo(new BigDecimal("21750.00"));
        var other = new Biller(8, "CCAS", "987654321", false, false, TariffCategory.NON_AFFILIATED, 120, null);
        assertThat(StatementRules.compute(YEAR, BillingPeriod.YEAR, other, List.of(CDG69), List.of(), List.of(),
                List.of()).total()).isEqualTo(new BigDecimal("12480.00"));
    }

    @Test
    void belowAndAtFivePercentNothingIsBilledAboveEveryUnjustifiedAbsenceIs() {
        // 100 visits: 4, 5 then 6 unjustified absences in October (nothing billed in S1).
        assertThat(s2(year(96, 4)).lines()).isEmpty();
        assertThat(s2(year(95, 5)).lines()).isEmpty();
        assertThat(s2(year(95, 5)).ledger().unjustifiedRate()).isEqualByComparingTo("5.00");
        var above = s2(year(94, 6));
        assertThat(above.total()).isEqualTo(new BigDecimal("522.00"));
        assertThat(above.lines().get(0).rule()).contains("6.00 %", "> 5 %")
                .contains(SurchargeRule.UNJUSTIFIED_AT_AGENT_COST.label());
    }

    @Test
    void aReplacedAbsenceIsNeitherUnjustifiedNorAVisit() {
        // 6 late cancellations, one of whose times another agent took: 95 + 1 held, 5 unjustified, 1 replaced.
        var days = List.of(day(3, 95, 0, 0, 0), day(4, 1, 0, 5, 1));
        var draft = s2(days);
        assertThat(draft.ledger().visits()).isEqualTo(101);
        assertThat(draft.ledger().unjustified()).isEqualTo(5);
        assertThat(draft.ledger().replaced()).isEqualTo(1);
        assertThat(draft.lines()).isEmpty();
    }

    @Test
    void announcedAbsencesCountAsVisitsNotAsUnjustified() {
        // 90 held, 4 announced, 6 unjustified: 6 / 100 = 6 %.
        var draft = s2(List.of(day(11, 90, 4, 6, 0)));
        assertThat(draft.ledger().unjustifiedRate()).isEqualByComparingTo("6.00");
        assertThat(draft.total()).isEqualTo(new BigDecimal("522.00"));
    }

    @Test
    void aGridChangedMidYearPricesEachAbsenceAtTheGridOfItsDay() {
        var july = grid(2, LocalDate.of(2026, 7, 1), 1, "90", "110");
        // 3 unjustified in March at 87 €, 4 in September at 90 €: S1 3 / 50 = 6 %, the year 7 / 100.
        var days = List.of(day(3, 47, 0, 3, 0), day(9, 46, 0, 4, 0));
        var s1 = StatementRules.compute(YEAR, BillingPeriod.S1, AFFILIATED, List.of(CDG69, july), days, List.of(), List.of());
        assertThat(s1.total()).isEqualTo(new BigDecimal("261.00"));
        var draft = StatementRules.compute(YEAR, BillingPeriod.S2, AFFILIATED, List.of(CDG69, july), days, List.of(), List.of());
        assertThat(draft.lines()).extracting(StatementLine::amount)
                .containsExactly(new BigDecimal("261.00"), new BigDecimal("360.00"), new BigDecimal("-261.00"));
        assertThat(s1.total().add(draft.total())).isEqualTo(new BigDecimal("621.00"));
        assertThat(draft.grid().id()).isEqualTo(2);
        // The yearly fee keeps the grid of 1 January, and names it.
        var fee = StatementRules.compute(YEAR, BillingPeriod.YEAR, AFFILIATED, List.of(CDG69, july), days, List.of(), List.of());
        assertThat(fee.lines().get(0).gridId()).isEqualTo(1);
        assertThat(fee.grid().id()).isEqualTo(1);
    }

    @Test
    void aNewVersionOfTheSameStartReplacesTheOlderOne() {
        var corrected = grid(3, LocalDate.of(2025, 1, 1), 2, "88", "104");
        assertThat(TariffGrid.inForce(List.of(CDG69, corrected), LocalDate.of(2026, 2, 1))).contains(corrected);
        var ended = new TariffGrid(4, Cdg.CIG_PETITE_COURONNE, Membership.Service.PREVENTIVE, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), 1, SurchargeRule.UNJUSTIFIED_AT_AGENT_COST, new BigDecimal("5"), "CIG",
                "test", Instant.EPOCH, Map.of(TariffItem.AGENT_DOCTOR, new BigDecimal("120")));
        assertThat(TariffGrid.inForce(List.of(ended), LocalDate.of(2027, 1, 1))).isEmpty();
        assertThat(ended.agentCost(TariffCategory.AFFILIATED)).contains(new BigDecimal("120"));
    }

    @Test
    void theFirstSemesterIsAnInstalmentDeductedInTheSecond() {
        // S1: 3 / 40 = 7.5 % → 3 × 87. Year: 4 / 100 = 4 % → nothing, S1 credited back.
        var days = List.of(day(2, 37, 0, 3, 0), day(10, 59, 0, 1, 0));
        var s1 = StatementRules.compute(YEAR, BillingPeriod.S1, AFFILIATED, List.of(CDG69), days, List.of(), List.of());
        assertThat(s1.total()).isEqualTo(new BigDecimal("261.00"));
        var s2 = s2(days);
        assertThat(s2.total()).isEqualTo(new BigDecimal("-261.00"));
        // Year: 8 / 100 → 8 × 87 − 3 × 87 = 435.
        var worse = List.of(day(2, 37, 0, 3, 0), day(10, 55, 0, 5, 0));
        assertThat(s2(worse).total()).isEqualTo(new BigDecimal("435.00"));
    }

    @Test
    void statutoryActsPastTheQuotaAreBilledInTheirSemester() {
        var acts = List.of(new ActCharge(7, 11, LocalDate.of(2026, 3, 4), "Expertise", new BigDecimal("200.00")),
                new ActCharge(7, 11, LocalDate.of(2026, 3, 4), "Supplément RPI / ATI", new BigDecimal("50.00")),
                new ActCharge(7, 12, LocalDate.of(2026, 9, 8), "Contrôle", new BigDecimal("100.00")));
        var s1 = StatementRules.compute(YEAR, BillingPeriod.S1, AFFILIATED, List.of(CDG69), List.of(), acts, List.of());
        assertThat(s1.total()).isEqualTo(new BigDecimal("250.00"));
        assertThat(s1.lines()).extracting(StatementLine::source).allMatch(s -> s.startsWith("Demande statutaire 11"));
        assertThat(StatementRules.compute(YEAR, BillingPeriod.S2, AFFILIATED, List.of(CDG69), List.of(), acts, List.of()).total())
                .isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void linesAreRoundedToTheCentHalfUpOneByOne() {
        var line = StatementLine.of("x", new BigDecimal("3"), new BigDecimal("0.335"), "r", "s", null);
        assertThat(line.amount()).isEqualTo(new BigDecimal("1.01"));
        assertThat(StatementLine.of("x", BigDecimal.ONE, new BigDecimal("0.125"), "r", "s", null).amount())
                .isEqualTo(new BigDecimal("0.13"));
    }

    @Test
    void withoutAGridOrHeadcountNothingIsComputed() {
        assertThatThrownBy(() -> StatementRules.compute(2024, BillingPeriod.YEAR, AFFILIATED, List.of(CDG69),
                List.of(), List.of(), List.of())).isInstanceOf(ConflictException.class);
        var undeclared = new Biller(7, "Ville", "123456789", true, false, TariffCategory.AFFILIATED, null, null);
        assertThatThrownBy(() -> StatementRules.compute(YEAR, BillingPeriod.YEAR, undeclared, List.of(CDG69),
                List.of(), List.of(), List.of())).hasMessageContaining("headcount");
    }

    @Test
    void categoriesAreCheckedAgainstAffiliationAndSecretariat() {
        assertThat(AFFILIATED.categoryProblem()).isNull();
        assertThat(new Biller(1, "n", "s", false, false, TariffCategory.AFFILIATED, 1, null).categoryProblem())
                .contains("non affiliée");
        assertThat(new Biller(1, "n", "s", false, false, TariffCategory.NON_AFFILIATED_OWN_SECRETARIAT, 1, null)
                .categoryProblem()).contains("sans secrétariat");
        assertThat(new Biller(1, "n", "s", false, true, TariffCategory.NON_AFFILIATED, 1, null).categoryProblem())
                .contains("secrétariat propre");
    }

    @Test
    void aLongAbsenceWithoutContinuityReducesTheFeeProRata() {
        var spring = new ContinuityReduction.Span(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30));
        var summer = new ContinuityReduction.Span(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30));
        // Two touching leaves: one absence of 4 months, 122 days.
        assertThat(ContinuityReduction.uncoveredDays(YEAR, List.of(spring, summer), Set.of())).isEqualTo(122);
        // One session held meanwhile: continuity, no reduction; 2 months alone: too short.
        assertThat(ContinuityReduction.uncoveredDays(YEAR, List.of(spring, summer), Set.of(LocalDate.of(2026, 5, 12))))
                .isZero();
        assertThat(ContinuityReduction.uncoveredDays(YEAR, List.of(spring), Set.of())).isZero();
        // Across the new year: only this year's days.
        var winter = new ContinuityReduction.Span(LocalDate.of(2025, 11, 1), LocalDate.of(2026, 2, 28));
        assertThat(ContinuityReduction.uncoveredDays(YEAR, List.of(winter), Set.of())).isEqualTo(59);
    }

    @Test
    void theSecondSemesterRevisesTheFeeProRataOfALongAbsenceWithoutContinuity() {
        // 250 × 87 = 21,750 € a year, 59.5890 € a day (4 decimals); 122 days without continuity → −7,269.86 €.
        var leaves = List.of(new ContinuityReduction.Span(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 30)));
        var days = List.of(day(1, 20, 0, 0, 0), day(11, 20, 0, 0, 0));
        var draft = StatementRules.compute(YEAR, BillingPeriod.S2, AFFILIATED, List.of(CDG69), days, List.of(), leaves);
        assertThat(draft.lines()).singleElement().satisfies(line -> {
            assertThat(line.quantity()).isEqualByComparingTo("-122");
            assertThat(line.unitPrice()).isEqualByComparingTo("59.5890");
            assertThat(line.amount()).isEqualTo(new BigDecimal("-7269.86"));
            assertThat(line.label()).contains("122 jours");
        });
        // Visits held during the absence: continuity, nothing deducted.
        var covered = List.of(day(1, 20, 0, 0, 0), day(4, 5, 0, 0, 0));
        assertThat(StatementRules.compute(YEAR, BillingPeriod.S2, AFFILIATED, List.of(CDG69), covered, List.of(), leaves)
                .lines()).isEmpty();
    }

    private static StatementDraft s2(List<AttendanceDay> days) {
        return StatementRules.compute(YEAR, BillingPeriod.S2, AFFILIATED, List.of(CDG69), days, List.of(), List.of());
    }

    /** One October day of held visits and unjustified absences. */
    private static List<AttendanceDay> year(int held, int unjustified) {
        var days = new ArrayList<AttendanceDay>();
        days.add(day(10, held, 0, unjustified, 0));
        return days;
    }

    private static AttendanceDay day(int month, int held, int announced, int unjustified, int replaced) {
        return new AttendanceDay(7, LocalDate.of(YEAR, month, 10), held, announced, unjustified, replaced);
    }

    private static TariffGrid grid(long id, LocalDate from, int version, String affiliated, String nonAffiliated) {
        return new TariffGrid(id, Cdg.CDG69, Membership.Service.PREVENTIVE, from, null, version,
                SurchargeRule.UNJUSTIFIED_AT_AGENT_COST, new BigDecimal("5"), "test", "test", Instant.EPOCH,
                Map.of(TariffItem.AGENT_AFFILIATED, new BigDecimal(affiliated),
                        TariffItem.AGENT_NON_AFFILIATED, new BigDecimal(nonAffiliated)));
    }
}
