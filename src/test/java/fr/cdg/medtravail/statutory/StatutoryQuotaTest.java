package fr.cdg.medtravail.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.cdg.medtravail.statutory.domain.ActLine;
import fr.cdg.medtravail.statutory.domain.ActTariff;
import fr.cdg.medtravail.statutory.domain.QuotaStatement;
import fr.cdg.medtravail.statutory.domain.QuotaVisit;
import fr.cdg.medtravail.statutory.domain.StatutoryKind;
import fr.cdg.medtravail.statutory.domain.VisitWeight;

/** Weights, quota and per-act lines of the convention MSC (article 3), on a collectivité worked out by hand. */
class StatutoryQuotaTest {

    static final List<ActTariff> TARIFFS = List.of(
            new ActTariff(LocalDate.of(2025, 1, 1), bd(200), bd(50), bd(100), bd(100), bd(50), bd(100)),
            new ActTariff(LocalDate.of(2026, 6, 1), bd(220), bd(55), bd(110), bd(110), bd(55), bd(110)));

    static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }

    static QuotaVisit visit(long id, String day, int kind, boolean rpiAti, boolean report, boolean absent) {
        return new QuotaVisit(id, LocalDate.parse(day), StatutoryKind.ofNumber(kind).orElseThrow(), rpiAti, report, absent);
    }

    @Test
    void visitLengthsAndWeights() {
        assertThat(VisitWeight.visitMinutes(StatutoryKind.RECOVERY_IPP, false)).isEqualTo(120);
        assertThat(VisitWeight.visitMinutes(StatutoryKind.RPI, true)).isEqualTo(150);
        assertThat(VisitWeight.visitMinutes(StatutoryKind.SICK_LEAVE_UNDER_6_MONTHS, false)).isEqualTo(60);
        assertThat(VisitWeight.visitMinutes(StatutoryKind.BEYOND_AGE_LIMIT, false)).isEqualTo(30);
        // A written report weighs one slot on the quota, not on the visit.
        assertThat(VisitWeight.quotaHalfSlots(StatutoryKind.FIREARM_FITNESS, false, true)).isEqualTo(4);
        assertThat(VisitWeight.quotaHalfSlots(StatutoryKind.BEYOND_AGE_LIMIT, false, false)).isEqualTo(1);
    }

    @Test
    void aHandWorkedCollectivite() {
        // 50 permanent agents × 8 % = 4 slots (8 half-slots).
        var visits = List.of(
                visit(1, "2026-01-12", 8, false, false, false),   // expertise: 2 slots → 2 used
                visit(2, "2026-02-03", 1, false, true, false),    // control + written report: 2 slots → 4 used
                visit(3, "2026-03-05", 3, false, false, true),    // absence not announced: 1 slot → 5 used
                visit(4, "2026-04-07", 10, true, false, false),   // RPI expertise: billed 200 + 50
                visit(5, "2026-05-04", 6, false, false, false),   // beyond age limit: billed 50
                visit(6, "2026-06-15", 16, false, true, false));  // firearm + report, new tariff: 110 + 110

        var statement = QuotaStatement.of(2026, 50, true, new BigDecimal("0.08"), visits, TARIFFS);

        assertThat(statement.entitledHalfSlots()).isEqualTo(8);
        assertThat(statement.consumedHalfSlots()).isEqualTo(10);
        assertThat(statement.entries()).extracting(QuotaStatement.Entry::covered)
                .containsExactly(true, true, true, false, false, false);
        assertThat(statement.lines()).extracting(ActLine::requestId, ActLine::label, ActLine::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, "Expertise obligatoire", bd(200)),
                org.assertj.core.groups.Tuple.tuple(4L, "Supplément RPI / ATI", bd(50)),
                org.assertj.core.groups.Tuple.tuple(5L, "Contrôle obligatoire", bd(50)),
                org.assertj.core.groups.Tuple.tuple(6L, "Contrôle facultatif", bd(110)),
                org.assertj.core.groups.Tuple.tuple(6L, "Rapport écrit", bd(110)));
        assertThat(statement.billedTotal()).isEqualByComparingTo("520");
    }

    @Test
    void aSmallerVisitStillFitsWhatALargerOneLeft() {
        // 20 agents × 8 % = 1.6 slots, floored to 1.5 (3 half-slots): the expertise is billed, the control fits.
        var statement = QuotaStatement.of(2026, 20, false, new BigDecimal("0.08"),
                List.of(visit(1, "2026-01-12", 7, false, false, false), visit(2, "2026-01-13", 2, false, false, false)),
                TARIFFS);

        assertThat(statement.entitledHalfSlots()).isEqualTo(3);
        assertThat(statement.entries()).extracting(QuotaStatement.Entry::covered).containsExactly(false, true);
        assertThat(statement.billedTotal()).isEqualByComparingTo("200");
    }
}
