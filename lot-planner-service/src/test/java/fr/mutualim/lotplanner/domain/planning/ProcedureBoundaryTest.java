package fr.mutualim.lotplanner.domain.planning;

import static fr.mutualim.lotplanner.domain.planning.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Procedures at the exact thresholds of the data file. Each lot here is one category worth its amount over 12 months. */
class ProcedureBoundaryTest {

    static final ProcurementThresholds THRESHOLDS = ProcurementThresholds.load();
    static final DeliverySite SITE = site("Collège Jean Moulin", 50.29, 2.78);

    /** One lot per amount (each its own category, price 1.00, no supplier), launched on {@code launch}. */
    static Plan plan(LocalDate launch, String... amounts) {
        List<DemandLine> lines = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(line(i + 1, "Produit " + (i + 1), "15511000-3", "CAT_" + (char) ('A' + i), "L", "1.00", null, ALL_YEAR,
                    Map.of(SITE, amounts[i])));
        }
        return new LotPlanner().plan(input(List.of(SITE), lines, List.of(), PlanParameters.defaults(launch, START, 12)), THRESHOLDS);
    }

    static Procedure procedure(LocalDate launch, String amount) {
        return plan(launch, amount).lots().get(0).procedure();
    }

    @Test
    void noPublicityThresholdIs40000UntilMarch2026AndStrictlyBelow() {
        LocalDate d = LocalDate.of(2026, 3, 31);
        assertEquals(Procedure.NEGOTIATED_WITHOUT_PUBLICITY, procedure(d, "39999.99"));
        assertEquals(Procedure.MAPA, procedure(d, "40000.00"));
        assertEquals(Procedure.MAPA, procedure(d, "59999.99"));
    }

    @Test
    void noPublicityThresholdIs60000ForLaunchesFromAprilFirst2026() {
        LocalDate d = LocalDate.of(2026, 4, 1);
        assertEquals(Procedure.NEGOTIATED_WITHOUT_PUBLICITY, procedure(d, "40000.00"));
        assertEquals(Procedure.NEGOTIATED_WITHOUT_PUBLICITY, procedure(d, "59999.99"));
        assertEquals(Procedure.MAPA, procedure(d, "60000.00"));
    }

    @Test
    void formalThresholdIs221000In2025And216000In2026() {
        LocalDate y2025 = LocalDate.of(2025, 12, 31);
        LocalDate y2026 = LocalDate.of(2026, 1, 1);
        assertEquals(Procedure.MAPA, procedure(y2025, "220999.99"));
        assertEquals(Procedure.FORMAL_TENDER, procedure(y2025, "221000.00"));
        assertEquals(Procedure.MAPA, procedure(y2026, "215999.99"));
        assertEquals(Procedure.FORMAL_TENDER, procedure(y2026, "216000.00"));
        assertEquals(new BigDecimal("216000"), plan(y2026, "1").summary().operation().formalThreshold());
    }

    @Test
    void aLaunchBeyondTheLastKnownPeriodKeepsTheLastThresholdWithAWarning() {
        Plan plan = plan(LocalDate.of(2028, 1, 1), "216000.00");
        assertEquals(Procedure.FORMAL_TENDER, plan.lots().get(0).procedure());
        assertTrue(plan.warnings().stream().anyMatch(w -> w.startsWith("threshold FORMAL is known until 2027-12-31")), plan.warnings().toString());
        assertTrue(plan(LocalDate.of(2027, 12, 31), "1").warnings().stream().noneMatch(w -> w.startsWith("threshold")));
    }

    @Test
    void theProcedureDependsOnTheWholeOperationOverItsWholeDuration() {
        DemandLine line = line(1, "Lait", "15511000-3", "LAIT", "L", "1.00", null, ALL_YEAR, Map.of(SITE, "30000"));
        PlanningInput in = input(List.of(SITE), List.of(line), List.of(), PlanParameters.defaults(LocalDate.of(2026, 6, 1), START, 48));
        Plan plan = new LotPlanner().plan(in, THRESHOLDS);
        assertEquals(new BigDecimal("120000.00"), plan.summary().operation().operationValue());
        assertEquals(Procedure.MAPA, plan.lots().get(0).procedure());
        Plan split = plan(LocalDate.of(2026, 6, 1), "30000", "30000", "30000", "30000", "30000", "30000", "30000", "30000");
        assertEquals(Procedure.FORMAL_TENDER, split.summary().operation().procedure());
        assertEquals(7, split.lots().stream().filter(l -> l.procedure() == Procedure.FORMAL_TENDER).count(),
                "lots of 30 000 each are formal: only one fits the 20 % envelope (48 000)");
        assertTrue(split.summary().operation().explanation().contains("never from a lot's own value"));
    }

    @Test
    void aSmallLotIsStrictlyUnder80000() {
        LocalDate d = LocalDate.of(2026, 6, 1);
        Plan under = plan(d, "400000.00", "79999.99");
        assertEquals(Procedure.FORMAL_TENDER, under.lots().get(0).procedure());
        assertEquals(Procedure.MAPA, under.lots().get(1).procedure());
        assertTrue(under.lots().get(1).smallLotEnvelope());
        Plan at = plan(d, "400000.00", "80000.00");
        assertEquals(Procedure.FORMAL_TENDER, at.lots().get(1).procedure());
        assertFalse(at.lots().get(1).smallLotEnvelope());
    }

    @Test
    void theSmallLotsEnvelopeTakesLotsUpToExactlyTwentyPercent() {
        LocalDate d = LocalDate.of(2026, 6, 1);
        Plan atLimit = plan(d, "320000.00", "40000.00", "40000.00");
        assertEquals(List.of(Procedure.FORMAL_TENDER, Procedure.NEGOTIATED_WITHOUT_PUBLICITY, Procedure.NEGOTIATED_WITHOUT_PUBLICITY),
                atLimit.lots().stream().map(Lot::procedure).toList());
        assertEquals(new BigDecimal("80000.00"), atLimit.summary().envelope().used());
        assertEquals(new BigDecimal("80000.00"), atLimit.summary().envelope().limit());
        assertEquals(new BigDecimal("20.00"), atLimit.summary().envelope().shareOfOperation());
        Plan over = plan(d, "319999.99", "40000.00", "40000.00");
        assertEquals(List.of(Procedure.FORMAL_TENDER, Procedure.NEGOTIATED_WITHOUT_PUBLICITY, Procedure.FORMAL_TENDER),
                over.lots().stream().map(Lot::procedure).toList());
        assertEquals(new BigDecimal("40000.00"), over.summary().envelope().used());
    }

    @Test
    void smallLotsAbove60000UseTheEnvelopeAsMapa() {
        Plan plan = plan(LocalDate.of(2026, 6, 1), "400000.00", "70000.00");
        assertEquals(Procedure.MAPA, plan.lots().get(1).procedure());
        assertTrue(plan.lots().get(1).smallLotEnvelope());
    }

    @Test
    void thresholdsAreReadFromTheDataFileAndRejectedWithTheirLineNumber() {
        assertEquals(new BigDecimal("221000"), THRESHOLDS.at(ProcurementThresholds.Kind.FORMAL, LocalDate.of(2024, 1, 1)).value());
        assertEquals(new BigDecimal("20"), THRESHOLDS.at(ProcurementThresholds.Kind.SMALL_LOTS_ENVELOPE, LocalDate.of(2026, 1, 1)).value());
        assertThrows(IllegalArgumentException.class, () -> THRESHOLDS.at(ProcurementThresholds.Kind.FORMAL, LocalDate.of(2023, 12, 31)));
        String header = "threshold,valid_from,valid_until,value,unit,source\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcurementThresholds.parse(new StringReader(header + "FORMAL,2024-01-01,,abc,EUR_HT,x\n")));
        assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ProcurementThresholds.parse(new StringReader(header + "SMALL_LOTS_ENVELOPE,2024-01-01,,20,EUR_HT,x\n")));
        assertTrue(e.getMessage().contains("column unit"), e.getMessage());
    }
}
