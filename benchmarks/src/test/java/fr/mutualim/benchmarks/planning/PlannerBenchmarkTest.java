package fr.mutualim.benchmarks.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PlannerBenchmarkTest {

    @Test
    void theFittedExponentOfAPowerLawIsItsPower() {
        double[] n = {100, 1_000, 10_000, 100_000};
        double[] t = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            t[i] = 0.003 * Math.pow(n[i], 1.5);
        }
        assertEquals(1.5, PlannerBenchmark.slope(n, t), 1e-9);
    }
}
