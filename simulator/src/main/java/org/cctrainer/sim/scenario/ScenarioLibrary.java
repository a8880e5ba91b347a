package org.cctrainer.sim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cctrainer.sim.model.Scenario;

/**
 * Scenarios shipped inside the simulator (resources under {@code scenarios/}, listed in
 * {@code scenarios/index.txt}) and scenario files a trainer writes.
 */
public final class ScenarioLibrary {
    private static final String FOLDER = "scenarios/";

    private ScenarioLibrary() {
    }

    /** Ids of the built-in scenarios, in the order the library lists them. */
    public static List<String> builtInIds() {
        String index = resource(FOLDER + "index.txt");
        List<String> ids = new ArrayList<>();
        if (index != null) {
            index.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(ids::add);
        }
        return ids;
    }

    public static Scenario builtIn(String id) throws ScenarioException {
        String text = builtInIds().contains(id) ? resource(FOLDER + id + ".yaml") : null;
        if (text == null) {
            throw new ScenarioException(id, "no built-in scenario '" + id + "'; built-in scenarios are "
                    + String.join(", ", builtInIds()));
        }
        return ScenarioReader.read(id + ".yaml", text);
    }

    /** The YAML text of a built-in scenario (for showing or exporting it), or null. */
    public static String builtInText(String id) {
        return builtInIds().contains(id) ? resource(FOLDER + id + ".yaml") : null;
    }

    /** A scenario file by path, or a built-in scenario by id when no such file exists. */
    public static Scenario load(String fileOrId) throws ScenarioException {
        Path path = Path.of(fileOrId);
        if (Files.isRegularFile(path)) {
            try {
                if (Files.size(path) > ScenarioReader.MAX_BYTES) {
                    throw new ScenarioException(fileOrId, "file is larger than " + ScenarioReader.MAX_BYTES + " bytes");
                }
                return ScenarioReader.read(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ScenarioException(fileOrId, "cannot read the file: " + e.getMessage());
            }
        }
        if (builtInIds().contains(fileOrId)) {
            return builtIn(fileOrId);
        }
        throw new ScenarioException(fileOrId, "no such file, and no built-in scenario of that name (built-in: "
                + String.join(", ", builtInIds()) + ")");
    }

    private static String resource(String name) {
        try (InputStream in = ScenarioLibrary.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
