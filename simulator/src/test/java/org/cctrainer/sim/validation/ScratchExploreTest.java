package org.cctrainer.sim.validation;

import java.util.*;
import org.cctrainer.sim.erlang.*;
import org.junit.jupiter.api.Test;

class ScratchExploreTest {
    static final double INF = Double.POSITIVE_INFINITY;

    static ErlangCase c(String name, int n, double rho, double aht, double pat, double t, double hours, long seed) {
        return new ErlangCase(name, name, rho * n * 3600 / aht, aht, pat, n, t, hours, seed);
    }

    @Test
    void explore() {
        String spec = System.getProperty("cases", "");
        int seeds = Integer.getInteger("seeds", 1);
        boolean quiet = seeds > 1;
        for (String s : spec.split(";")) {
            if (s.isBlank()) continue;
            String[] p = s.split(",");
            Map<Statistic, double[]> r20 = new EnumMap<>(Statistic.class), r80 = new EnumMap<>(Statistic.class), z = new EnumMap<>(Statistic.class);
            for (int k = 0; k < seeds; k++) {
            ErlangCase c = c(s, Integer.parseInt(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]),
                    p[3].equals("inf") ? INF : Double.parseDouble(p[3]), Double.parseDouble(p[4]),
                    Double.parseDouble(p[5]), Long.parseLong(p[6]) + 1000L * k);
            AgreementRun r = AgreementRun.of(c);
            if (!quiet) System.out.printf("%s warm=%.0fh tau=%.1fAHT offered=%d events=%d wall=%dms surprises=%s%n", c.name(),
                    c.warmupSeconds() / 3600, c.relaxationSeconds() / c.ahtSeconds(), r.kpis().offered(), r.events(),
                    r.wallMillis(), r.surprises());
            for (Statistic st : Statistic.values()) {
                if (st == Statistic.P_ABANDON && !c.erlangA()) continue;
                BatchMeans b = r.batches(st);
                BatchMeans f = r.subBatches(st);
                double an = r.analytic(st);
                double sim = r.simulated(st);
                double hw = b.halfWidth(0.999);
                r20.computeIfAbsent(st, x -> new double[seeds])[k] = b.lag1Autocorrelation();
                r80.computeIfAbsent(st, x -> new double[seeds])[k] = f.lag1Autocorrelation();
                z.computeIfAbsent(st, x -> new double[seeds])[k] = (sim - an) / b.standardError();
                if (quiet && Math.abs((sim - an) / b.standardError()) > 3.5) System.out.printf("OUTLIER seed=%d %s sim=%.5f an=%.5f se=%.5f batches=%s%n", c.seed(), st.label, sim, an, b.standardError(), Arrays.toString(b.values()));
                if (!quiet) System.out.printf("   %-16s an=%.5f sim=%.5f ev=%.5f hw=%.5f z=%.2f r1=%.2f r1(80)=%.2f%n", st.label, an, sim,
                        r.pooledFromEvents(st), hw, (sim - an) / b.standardError(), b.lag1Autocorrelation(), f.lag1Autocorrelation());
            }
            }
            if (quiet) {
                System.out.println(s);
                for (Statistic st : r20.keySet()) {
                    System.out.printf("  %-16s r20 mean=%.3f sd=%.3f max=%.2f | r80 mean=%.3f sd=%.3f max=%.2f | z mean=%.2f sd=%.2f maxabs=%.2f%n", st.label,
                        mean(r20.get(st)), sd(r20.get(st)), Arrays.stream(r20.get(st)).max().getAsDouble(),
                        mean(r80.get(st)), sd(r80.get(st)), Arrays.stream(r80.get(st)).max().getAsDouble(),
                        mean(z.get(st)), sd(z.get(st)), Arrays.stream(z.get(st)).map(Math::abs).max().getAsDouble());
                }
            }
        }
    }
    static double mean(double[] x) { return Arrays.stream(x).average().getAsDouble(); }
    static double sd(double[] x) { double m = mean(x); return Math.sqrt(Arrays.stream(x).map(v -> (v-m)*(v-m)).sum() / (x.length - 1)); }
}
