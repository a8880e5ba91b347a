package org.cctrainer.sim.scenario;

import org.junit.jupiter.api.Test;

class ExploreTest {
    static final String BASE = """
            id: mini
            title: Mini
            hours: 2
            queues:
              - id: calls
                channel: voice
                sla: {target: 0.8, thresholdSeconds: 20}
                handleTime: {distribution: exponential, meanSeconds: 300}
                forecast: {perHour: 60}
            agents:
              - id: ann
                skills: [calls]
            """;
    void show(String label, String text) {
        try {
            var s = ScenarioReader.read("t.yaml", text);
            System.out.println("== " + label + ": OK " + s.agents() + s.incidents());
        } catch (ScenarioException e) {
            System.out.println("== " + label + ": " + e.problems());
        } catch (RuntimeException e) {
            System.out.println("== " + label + ": RUNTIME " + e);
        }
    }
    @Test
    void explore() {
        StringBuilder b = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (int i = 1; i < 9; i++) { b.append((char)('a'+i)).append(": &").append((char)('a'+i)).append(" [");
          for (int j = 0; j < 9; j++) b.append(j==0?"":",").append("*").append((char)('a'+i-1)); b.append("]\n"); }
        long t = System.nanoTime();
        show("laughs", b.toString());
        System.out.println("== ms " + (System.nanoTime()-t)/1e6);
        show("group fcr", BASE.replace("agents:\n  - id: ann\n    skills: [calls]\n",
                "agentGroups:\n  - idPrefix: g\n    count: 2\n    skills: [calls]\n    quality: {speed: 0.3, fcrRate: 0.2, qaMean: 20}\n    qualitySpread: {speed: 0, fcrRate: 0, qaMean: 0, csatMean: 0}\n"));
        show("alias", BASE + "x: &q 1\n");
    }
}
