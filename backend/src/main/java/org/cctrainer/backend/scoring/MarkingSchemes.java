package org.cctrainer.backend.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cctrainer.sim.model.Scenario;
import org.cctrainer.sim.scenario.ScenarioException;

/** The marking schemes shipped with the built-in scenarios: {@code marking/<scenario id>.yaml} on the classpath. */
public final class MarkingSchemes {
    private MarkingSchemes() {
    }

    /** The scenario's scheme, or null if it ships none (free practice is not scored). */
    public static MarkingScheme builtIn(Scenario scenario) throws ScenarioException {
        String path = "marking/" + scenario.id() + ".yaml";
        try (InputStream in = MarkingSchemes.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            MarkingScheme scheme = MarkingSchemeReader.read(path, new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    scenario.startMinuteOfDay(), scenario.durationSeconds());
            if (!scheme.scenario().equals(scenario.id())) {
                throw new ScenarioException(path, "scenario: says '" + scheme.scenario() + "', the file is for '"
                        + scenario.id() + "'");
            }
            return scheme;
        } catch (IOException e) {
            throw new ScenarioException(path, "cannot be read: " + e.getMessage());
        }
    }
}
