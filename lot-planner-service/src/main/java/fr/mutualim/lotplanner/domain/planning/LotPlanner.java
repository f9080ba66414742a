package fr.mutualim.lotplanner.domain.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The allotissement planner. Stateless and deterministic: the same input gives the same plan.
 *
 * <ol>
 *   <li>Index the input ({@link PlanningModel}): zones of delivery sites, one offer per supplier and line, reach masks.</li>
 *   <li>Generate the candidate lots ({@link CandidateLots}): product tree x zone tree, with eligible suppliers.</li>
 *   <li>Select a partition ({@link LotSelector}): exact dynamic programming over the candidates, maxLots by a price per lot.</li>
 *   <li>Describe the lots ({@link LotBuilder}), give procedures from the whole operation ({@link ProcedureAssigner}),
 *       and sum up against the baseline of one lot per homogeneous category.</li>
 * </ol>
 */
public final class LotPlanner {

    /** The candidate lots of an input, as the planner sees them (for exact solvers and benchmarks). */
    public CandidateLots candidates(PlanningInput input) {
        validate(input);
        return new CandidateLots(new PlanningModel(input));
    }

    public Plan plan(PlanningInput input, ProcurementThresholds thresholds) {
        CandidateLots c = candidates(input);
        PlanParameters params = input.parameters();
        List<String> warnings = new ArrayList<>();
        LotSelector.Selection selection = new LotSelector(c, true).select(params.maxLots());
        explainSelection(c, params, selection, warnings);

        LotBuilder builder = new LotBuilder(c);
        List<LotBuilder.Draft> drafts = new ArrayList<>();
        for (int st : selection.states()) {
            drafts.add(builder.build(st));
        }
        drafts.sort(Comparator.comparing(LotBuilder.Draft::sortKey, Arrays::compare));
        int width = Math.max(2, String.valueOf(drafts.size()).length());
        List<Lot> lots = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            lots.add(ProcedureAssigner.withId(drafts.get(i).lot(), "L" + String.format("%0" + width + "d", i + 1)));
        }
        ProcedureAssigner.Result procedures = new ProcedureAssigner(thresholds).assign(lots, params.launchDate());
        warnings.addAll(procedures.warnings());
        lots = procedures.lots();
        for (Lot lot : lots) {
            if (lot.eligible().isEmpty()) {
                warnings.add(lot.id() + " (" + lot.title() + "): no supplier of the directory can serve it alone");
            }
        }
        warnings.addAll(wordingWarnings(c.model));
        PlanSummary summary = summary(c, lots, procedures);
        AwardScenario award = new AwardPlanner(c.model).award(lots);
        EgalimProjection egalim = new EgalimProjector(c.model).project(lots, award);
        return new Plan(List.copyOf(lots), summary, List.copyOf(warnings), award, egalim);
    }

    private static void validate(PlanningInput input) {
        PlanParameters p = input.parameters();
        if (p.durationMonths() < 1) {
            throw new IllegalArgumentException("parameters.durationMonths must be at least 1");
        }
        if (p.minLocalSuppliers() < 0 || p.localRadiusKm() < 0 || p.maxIntermediaries() < 0) {
            throw new IllegalArgumentException("parameters: k, localRadiusKm and maxIntermediaries must not be negative");
        }
        if (p.maxLots() != null && p.maxLots() < 1) {
            throw new IllegalArgumentException("parameters.maxLots must be at least 1");
        }
    }

    private static void explainSelection(CandidateLots c, PlanParameters params, LotSelector.Selection selection, List<String> warnings) {
        int categories = c.products.roots().size();
        if (selection.maxLotsUnreachable()) {
            warnings.add("maxLots " + params.maxLots() + " is below the number of homogeneous categories (" + categories
                    + "): categories are never mixed, so the plan has " + selection.states().size() + " lots");
        }
        long value = LotSelector.valueWithK(c, selection.states());
        if (selection.lotCapApplied() && value < selection.unconstrainedValueWithK()) {
            warnings.add("maxLots " + params.maxLots() + " merged lots: annual value with k local suppliers falls from "
                    + money(selection.unconstrainedValueWithK()) + " to " + money(value));
        }
        if (params.minLotValue() != null) {
            LotSelector.Selection free = new LotSelector(c, false).select(null);
            if (free.unconstrainedValueWithK() > selection.unconstrainedValueWithK()) {
                warnings.add("minLotValue " + params.minLotValue().toPlainString() + " merged lots: annual value with k local suppliers falls from "
                        + money(free.unconstrainedValueWithK()) + " to " + money(selection.unconstrainedValueWithK()));
            }
            for (int st : selection.states()) {
                if (c.value[st] < c.minLotCents) {
                    warnings.add("category " + c.products.categories().get(c.products.nodes().get(st / c.zoneCount).category())
                            + " is worth " + money(c.value[st]) + " a year in all, below minLotValue: kept as one lot");
                }
            }
        }
    }

    private static String money(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** Lines, sites and communes in the model's order, so that the warnings do not depend on the input's. */
    private static List<String> wordingWarnings(PlanningModel model) {
        Set<String> out = new LinkedHashSet<>();
        for (DemandLine line : model.lines) {
            if (!LotWording.isClean(line.productLabel())) {
                out.add("line " + line.lineNumber() + ": \"" + line.productLabel()
                        + "\" names an origin, a place or a distance; lot wording omits it (R2111-7)");
            }
        }
        for (DeliverySite site : model.sites) {
            if (!LotWording.isClean(site.name())) {
                out.add("site \"" + site.name() + "\": words that could read as a geographic preference are omitted from lot wording");
            }
        }
        if (model.communesKnown) {
            for (DeliverySite site : model.sites) {
                if (!LotWording.isClean(site.commune())) {
                    out.add("commune \"" + site.commune() + "\": not named in zone lot titles, where a word of its name could "
                            + "read as a geographic preference; it is counted among the other communes");
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static PlanSummary summary(CandidateLots c, List<Lot> lots, ProcedureAssigner.Result procedures) {
        BigDecimal annual = BigDecimal.ZERO.setScale(2);
        BigDecimal withK = BigDecimal.ZERO.setScale(2);
        for (Lot lot : lots) {
            annual = annual.add(lot.annualValue());
            if (lot.localShortChainEligible() >= c.k) {
                withK = withK.add(lot.annualValue());
            }
        }
        long baselineK = 0;
        for (int root : c.products.roots()) {
            int st = c.state(root, 0);
            if (c.eligible[st] != null && c.hasK(st)) {
                baselineK += c.value[st];
            }
        }
        BigDecimal baselineValue = BigDecimal.valueOf(baselineK, 2);
        int categories = (int) c.products.roots().stream().filter(root -> c.eligible[c.state(root, 0)] != null).count();
        PlanSummary.Baseline baseline = new PlanSummary.Baseline(categories, baselineValue, share(baselineValue, annual));
        return new PlanSummary(lots.size(), annual, procedures.operation().operationValue(), withK, share(withK, annual), baseline,
                procedures.operation(), procedures.envelope(), c.k);
    }

    static BigDecimal share(BigDecimal part, BigDecimal total) {
        if (total.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
    }
}
