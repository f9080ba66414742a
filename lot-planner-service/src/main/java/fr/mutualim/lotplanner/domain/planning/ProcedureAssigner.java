package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Procedures from the value of the whole operation (R2121-1: all lots, whole duration including renewals) against
 * the thresholds in force at the launch date. "Below a threshold" means strictly less: R2122-8 and R2123-1 speak of a
 * value "inférieure à" the threshold, and the formal procedure applies from a value "égale ou supérieure" (R2124-1).
 * The small-lots envelope of R2123-1 2° ("n'excède pas 20 %") is inclusive.
 *
 * <p>Which small lots use the envelope: lots with the most eligible local short-chain suppliers first (the envelope
 * then serves the lots small producers can answer), then the smallest, then lot id; a lot is taken when it still fits.
 */
final class ProcedureAssigner {

    record Result(List<Lot> lots, PlanSummary.OperationProcedure operation, PlanSummary.Envelope envelope, List<String> warnings) {}

    private final ProcurementThresholds thresholds;

    ProcedureAssigner(ProcurementThresholds thresholds) {
        this.thresholds = thresholds;
    }

    Result assign(List<Lot> lots, LocalDate launch) {
        List<String> warnings = new ArrayList<>();
        BigDecimal formal = value(ProcurementThresholds.Kind.FORMAL, launch, warnings);
        BigDecimal noPublicity = value(ProcurementThresholds.Kind.NO_PUBLICITY, launch, warnings);
        BigDecimal smallLot = value(ProcurementThresholds.Kind.SMALL_LOT, launch, warnings);
        BigDecimal percent = value(ProcurementThresholds.Kind.SMALL_LOTS_ENVELOPE, launch, warnings);
        BigDecimal operation = lots.stream().map(Lot::durationValue).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        Procedure procedure;
        String explanation;
        if (operation.compareTo(noPublicity) < 0) {
            procedure = Procedure.NEGOTIATED_WITHOUT_PUBLICITY;
            explanation = "operation value " + operation.toPlainString() + " < " + noPublicity.toPlainString() + " (R2122-8): every lot without advertising nor competition";
        } else if (operation.compareTo(formal) < 0) {
            procedure = Procedure.MAPA;
            explanation = "operation value " + operation.toPlainString() + " < formal threshold " + formal.toPlainString() + ": every lot in adapted procedure";
        } else {
            procedure = Procedure.FORMAL_TENDER;
            explanation = "operation value " + operation.toPlainString() + " >= formal threshold " + formal.toPlainString()
                    + ": appel d'offres, except small lots (< " + smallLot.toPlainString() + ") within " + percent.toPlainString()
                    + " % of the operation (R2123-1 2°)";
        }
        explanation += ". The procedure follows from the total of all lots over the whole duration, never from a lot's own value: splitting into lots cannot lower it.";
        BigDecimal limitExact = operation.multiply(percent).divide(BigDecimal.valueOf(100));
        BigDecimal used = BigDecimal.ZERO;
        List<Lot> out = new ArrayList<>(lots);
        if (procedure != Procedure.FORMAL_TENDER) {
            for (int i = 0; i < out.size(); i++) {
                out.set(i, with(out.get(i), procedure, false));
            }
        } else {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < lots.size(); i++) {
                if (lots.get(i).durationValue().compareTo(smallLot) < 0) {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparing((Integer i) -> -lots.get(i).localShortChainEligible())
                    .thenComparing(i -> lots.get(i).durationValue()).thenComparing(i -> lots.get(i).id()));
            boolean[] inEnvelope = new boolean[lots.size()];
            for (int i : order) {
                BigDecimal next = used.add(lots.get(i).durationValue());
                if (next.compareTo(limitExact) <= 0) {
                    used = next;
                    inEnvelope[i] = true;
                }
            }
            for (int i = 0; i < out.size(); i++) {
                Lot lot = out.get(i);
                Procedure p = !inEnvelope[i] ? Procedure.FORMAL_TENDER
                        : lot.durationValue().compareTo(noPublicity) < 0 ? Procedure.NEGOTIATED_WITHOUT_PUBLICITY : Procedure.MAPA;
                out.set(i, with(lot, p, inEnvelope[i]));
            }
        }
        BigDecimal share = operation.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                : used.multiply(BigDecimal.valueOf(100)).divide(operation, 2, RoundingMode.HALF_UP);
        PlanSummary.Envelope envelope = new PlanSummary.Envelope(limitExact.setScale(2, RoundingMode.FLOOR), used.setScale(2), share);
        PlanSummary.OperationProcedure op = new PlanSummary.OperationProcedure(launch, operation, formal, noPublicity, smallLot,
                percent, procedure, explanation);
        return new Result(out, op, envelope, warnings);
    }

    private BigDecimal value(ProcurementThresholds.Kind kind, LocalDate launch, List<String> warnings) {
        ProcurementThresholds.Lookup l = thresholds.at(kind, launch);
        if (l.warning() != null) {
            warnings.add(l.warning());
        }
        return l.value();
    }

    static Lot with(Lot l, Procedure p, boolean envelope) {
        return new Lot(l.id(), l.title(), l.description(), l.categoryCode(), l.categoryLabel(), l.mainCpv(), l.items(), l.siteIds(),
                l.annualValue(), l.durationValue(), p, envelope, l.eligible(), l.exclusions(), l.localShortChainEligible(), l.splitReason(), l.jointBids());
    }

    static Lot withId(Lot l, String id) {
        return new Lot(id, l.title(), l.description(), l.categoryCode(), l.categoryLabel(), l.mainCpv(), l.items(), l.siteIds(),
                l.annualValue(), l.durationValue(), l.procedure(), l.smallLotEnvelope(), l.eligible(), l.exclusions(),
                l.localShortChainEligible(), l.splitReason(), l.jointBids());
    }
}
