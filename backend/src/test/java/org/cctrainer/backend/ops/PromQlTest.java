package org.cctrainer.backend.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cctrainer.backend.ops.PromQl.Expression;
import org.cctrainer.backend.ops.PromQl.Matcher;
import org.cctrainer.backend.ops.PromQl.Selector;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The PromQL reader DashboardQueriesTest relies on: it must find every metric and nothing else. */
@DisplayName("Reading PromQL for the metrics it queries")
class PromQlTest {

    private static List<String> metrics(String expr) {
        return PromQl.parse(expr).selectors().stream().map(Selector::metric).toList();
    }

    @Test
    @DisplayName("functions, aggregations, keywords, label lists, ranges, strings and numbers are not metrics")
    void onlyMetrics() {
        assertEquals(List.of("cctrainer_tick_lag_seconds_bucket"), metrics(
                "histogram_quantile(0.99, sum by (instance, le) (rate(cctrainer_tick_lag_seconds_bucket{instance=~\"$instance\"}[$__rate_interval])))"));
        assertEquals(List.of("a_total", "b_total", "c"), metrics(
                "sum(rate(a_total[5m] offset 1h)) by (job) / on(job) group_left(x) sum without (le) (b_total) > bool 1e-3 and c"));
        assertEquals(List.of("up"), metrics("up{job=\"cc-trainer\"} == 0"));
        assertEquals(List.of("x"), metrics("{__name__=\"x\", a=\"sum(y)\"}"));
        assertEquals(List.of("o_total", "v"), metrics(
                "3600 * sum(rate(o_total{e=\"$exercise\"}[$__rate_interval])) / scalar(deriv(v{e=\"${exercise}\"}[1m]) > 0)"));
    }

    @Test
    @DisplayName("matchers, the calls around a selector and grouping labels are kept")
    void structure() {
        Expression e = PromQl.parse("histogram_quantile(0.5, sum by (instance, le) (rate(m_bucket{a=\"x\", b=~\"$v\", c!=\"\"}[1m])))");
        Selector s = e.selectors().get(0);
        assertEquals(List.of(new Matcher("a", "=", "x"), new Matcher("b", "=~", "$v"), new Matcher("c", "!=", "")), s.matchers());
        assertEquals("rate", s.innermostFunction());
        assertTrue(s.inside("histogram_quantile"));
        assertEquals(List.of("instance", "le"), s.frames().get(1).labels);
        Expression trailing = PromQl.parse("sum(rate(m_bucket[1m])) by (le)");
        assertEquals(List.of("le"), trailing.selectors().get(0).frames().get(0).labels);
        assertEquals(List.of("window"), PromQl.parse("a{window=\"15m\"} - ignoring(window) b").groupingLabels());
    }

    @Test
    @DisplayName("unknown functions, unbalanced parentheses, malformed matchers and queries of nothing are refused")
    void refused() {
        assertThrows(IllegalArgumentException.class, () -> PromQl.parse("histogram_quantiles(0.9, x_bucket)"));
        assertThrows(IllegalArgumentException.class, () -> PromQl.parse("sum(rate(x[1m])"));
        assertThrows(IllegalArgumentException.class, () -> PromQl.parse("x{a=b}"));
        assertThrows(IllegalArgumentException.class, () -> PromQl.parse("vector(1)"));
    }
}
