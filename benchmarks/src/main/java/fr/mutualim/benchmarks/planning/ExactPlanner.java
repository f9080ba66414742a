package fr.mutualim.benchmarks.planning;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import fr.mutualim.lotplanner.domain.planning.CandidateLots;
import fr.mutualim.lotplanner.domain.planning.PlanObjective;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lot planner's problem as an exact model over the same candidate lots, solved by CP-SAT: one boolean per
 * allowed candidate, every item covered exactly once (set partitioning), at most maxLots lots if set. The objective
 * is lexicographic like {@link PlanObjective}, written as one weighted sum: maximise M x (annual value in cents of the
 * chosen lots with at least k eligible local short-chain suppliers) - (number of lots), with M larger than any
 * possible number of lots (the number of rows + 1: a lot covers at least one row), so one cent of value outweighs
 * any number of lots. A single objective let CP-SAT close more instances than two phases (value, then lots at that
 * value), whose second phase it proved badly.
 *
 * <p>Two exact reductions keep the model small. Items whose sets of covering candidates are identical give identical
 * rows; one row per such class is written (a partition covers all items of a class with the same lot or none),
 * which turns a million items into tens of thousands of rows. And a lot never mixes categories, so without maxLots
 * the problem splits into one independent model per category, whose optima add up; with maxLots, which couples the
 * categories, it is solved as one model.
 *
 * <p>The time limit is for the whole instance: each part gets the time left divided by the parts left, and parts not
 * closed in that share are solved again, from their best solution, with the time that others left unused.
 */
public final class ExactPlanner {

    /** Status of the whole solve: OPTIMAL when every part closed, FEASIBLE with a bound otherwise. */
    public enum Status { OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN }

    /**
     * The result: the selected candidates (indices), their objective (null without a solution), an upper bound on the
     * value in cents, whether the value is proven optimal, a lower bound on the lots at the optimal value (0 when the
     * value is not proven), wall time, and the model's size (variables, rows, independent parts).
     */
    public record Result(Status status, boolean valueOptimal, int[] selected, PlanObjective objective, long valueBoundCents,
            int lotsBound, long millis, int variables, int rows, int parts) {}

    private final double seconds;
    private final int workers;

    /** @param seconds time limit for a whole instance; @param workers CP-SAT's parallel workers */
    public ExactPlanner(double seconds, int workers) {
        this.seconds = seconds;
        this.workers = workers;
        Loader.loadNativeLibraries();
    }

    public Result solve(CandidateLots candidates, Integer maxLots) {
        long start = System.nanoTime();
        int n = candidates.candidateCount();
        int[][] itemsOf = new int[n][];
        String[] category = new String[n];
        long[] value = new long[n];
        boolean[] allowed = new boolean[n];
        for (int c = 0; c < n; c++) {
            itemsOf[c] = candidates.itemsOf(c);
            CandidateLots.Candidate candidate = candidates.candidate(c);
            category[c] = candidate.categoryCode();
            allowed[c] = candidate.allowed();
            value[c] = candidate.localShortChainEligible() >= candidates.k()
                    ? candidate.annualValue().movePointRight(2).longValueExact() : 0;
        }
        List<int[]> rows = distinctRows(itemsOf, candidates.itemCount());
        Map<String, List<int[]>> byPart = new TreeMap<>();
        for (int[] row : rows) {
            byPart.computeIfAbsent(maxLots == null ? category[row[0]] : "", k -> new ArrayList<>()).add(row);
        }
        List<Model> parts = new ArrayList<>();
        for (List<int[]> partRows : byPart.values()) {
            parts.add(new Model(partRows, value, allowed, maxLots));
        }
        long deadline = start + (long) (seconds * 1e9);
        for (int pass = 0; pass < 2; pass++) {
            List<Model> open = parts.stream().filter(m -> !m.closed()).toList();
            for (int i = 0; i < open.size() && System.nanoTime() < deadline; i++) {
                open.get(i).solve((deadline - System.nanoTime()) / 1e9 / (open.size() - i));
            }
        }
        return result(candidates, parts, rows.size(), start);
    }

    private static Result result(CandidateLots candidates, List<Model> parts, int rows, long start) {
        Status status = Status.OPTIMAL;
        boolean valueOptimal = true;
        List<Integer> selected = new ArrayList<>();
        long valueBound = 0;
        int lotsBound = 0;
        int variables = 0;
        for (Model m : parts) {
            variables += m.vars.length;
            valueBound += m.valueBound;
            lotsBound += m.lotsBound;
            valueOptimal &= m.valueOptimal;
            if (m.selected == null) {
                status = m.status == CpSolverStatus.INFEASIBLE ? Status.INFEASIBLE : Status.UNKNOWN;
                continue;
            }
            for (int c : m.selected) {
                selected.add(c);
            }
            if (!m.closed() && status == Status.OPTIMAL) {
                status = Status.FEASIBLE;
            }
        }
        boolean solved = status == Status.OPTIMAL || status == Status.FEASIBLE;
        int[] chosen = selected.stream().mapToInt(Integer::intValue).sorted().toArray();
        return new Result(status, valueOptimal, solved ? chosen : new int[0], solved ? PlanObjective.of(candidates, chosen) : null,
                valueBound, valueOptimal ? lotsBound : 0, (System.nanoTime() - start) / 1_000_000, variables, rows, parts.size());
    }

    /** The CP-SAT model of one independent part (the candidates its rows name) and its best outcome so far. */
    private final class Model {

        private final CpModel model = new CpModel();
        private final Map<Integer, BoolVar> x = new TreeMap<>();
        private final BoolVar[] vars;
        private final LinearExpr value;
        private final long m;
        private CpSolverStatus status = CpSolverStatus.UNKNOWN;
        private int[] selected;
        private long bestValue;
        private long valueBound;
        private boolean valueOptimal;
        private int lotsBound;

        Model(List<int[]> rows, long[] values, boolean[] allowed, Integer maxLots) {
            boolean uncoverable = false;
            for (int[] row : rows) {
                List<BoolVar> lits = new ArrayList<>(row.length);
                for (int c : row) {
                    if (allowed[c]) {
                        lits.add(x.computeIfAbsent(c, k -> model.newBoolVar("x" + k)));
                    }
                }
                uncoverable |= lits.isEmpty();
                model.addExactlyOne(lits.toArray(BoolVar[]::new));
            }
            vars = x.values().toArray(BoolVar[]::new);
            long[] weights = x.keySet().stream().mapToLong(c -> values[c]).toArray();
            value = LinearExpr.weightedSum(vars, weights);
            LinearExpr lots = LinearExpr.sum(vars);
            if (maxLots != null) {
                model.addLessOrEqual(lots, maxLots);
            }
            m = rows.size() + 1L;
            // Until CP-SAT proves better: the value of every candidate taken at once.
            valueBound = Arrays.stream(weights).sum();
            if (valueBound > Long.MAX_VALUE / 4 / m) {
                throw new IllegalArgumentException("values too large for one weighted objective: " + rows.size() + " rows");
            }
            model.maximize(LinearExpr.weightedSum(new LinearExpr[] {value, lots}, new long[] {m, -1}));
            if (uncoverable) {
                status = CpSolverStatus.INFEASIBLE;
                valueBound = 0;
            }
        }

        boolean closed() {
            return status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.INFEASIBLE;
        }

        void solve(double seconds) {
            if (selected != null) {
                model.clearHints();
                for (Map.Entry<Integer, BoolVar> e : x.entrySet()) {
                    model.addHint(e.getValue(), Arrays.binarySearch(selected, e.getKey()) >= 0);
                }
            }
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(Math.max(0.5, seconds)).setNumWorkers(workers);
            CpSolverStatus s = solver.solve(model);
            if (s == CpSolverStatus.OPTIMAL || s == CpSolverStatus.FEASIBLE) {
                // Only a solve that found a solution reports a bound (stopped earlier, it reports 0).
                // value * m - lots <= bound and lots < m give value <= (bound + m - 1) / m.
                double bound = solver.bestObjectiveBound();
                valueBound = Math.min(valueBound, (long) Math.floor((bound + m - 1) / m + 1e-9));
                int[] found = x.entrySet().stream().filter(e -> solver.booleanValue(e.getValue())).mapToInt(Map.Entry::getKey).toArray();
                long foundValue = solver.value(value);
                if (selected == null || foundValue * m - found.length >= bestValue * m - selected.length) {
                    selected = found;
                    bestValue = foundValue;
                }
                valueOptimal = s == CpSolverStatus.OPTIMAL || bestValue >= valueBound;
                lotsBound = valueOptimal ? (int) Math.ceil(bestValue * m - bound - 1e-6) : 0;
                status = s;
            } else if (s == CpSolverStatus.INFEASIBLE) {
                status = s;
            }
        }
    }

    /**
     * One row (the ascending candidates covering an item) per class of items with the same covering candidates.
     * Items are fingerprinted by two independent 64-bit hashes of their covering list and its length: two different
     * lists share a fingerprint with probability about 2^-128, far below any other source of error here.
     */
    static List<int[]> distinctRows(int[][] itemsOf, int itemCount) {
        long[] h1 = new long[itemCount], h2 = new long[itemCount];
        int[] count = new int[itemCount];
        for (int c = 0; c < itemsOf.length; c++) {
            for (int item : itemsOf[c]) {
                h1[item] = mix(h1[item] * 0x9E3779B97F4A7C15L + c + 1);
                h2[item] = mix(h2[item] * 0xC2B2AE3D27D4EB4FL + 31L * c + 7);
                count[item]++;
            }
        }
        Map<Key, Integer> classOf = new HashMap<>();
        List<Integer> firsts = new ArrayList<>();
        for (int item = 0; item < itemCount; item++) {
            if (count[item] == 0) {
                throw new IllegalStateException("item " + item + " is covered by no candidate");
            }
            Integer cls = classOf.putIfAbsent(new Key(h1[item], h2[item], count[item]), firsts.size());
            if (cls == null) {
                firsts.add(item);
            }
        }
        int[] rowOfItem = new int[itemCount];
        Arrays.fill(rowOfItem, -1);
        for (int r = 0; r < firsts.size(); r++) {
            rowOfItem[firsts.get(r)] = r;
        }
        int[][] rows = new int[firsts.size()][];
        int[] fill = new int[firsts.size()];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = new int[count[firsts.get(r)]];
        }
        for (int c = 0; c < itemsOf.length; c++) {
            for (int item : itemsOf[c]) {
                int r = rowOfItem[item];
                if (r >= 0) {
                    rows[r][fill[r]++] = c;
                }
            }
        }
        return List.of(rows);
    }

    private record Key(long h1, long h2, int count) {}

    /** SplitMix64 finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
