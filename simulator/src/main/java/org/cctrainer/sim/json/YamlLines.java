package org.cctrainer.sim.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each field of a YAML (or JSON) document is: a map from field path ("queues[1].sla.target")
 * to line number, built from one streaming pass, so validation of the parsed tree can still
 * say "line 14".
 */
public final class YamlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlLines() {
    }

    public static YamlLines of(String text) {
        YamlLines result = new YamlLines();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                }
                String path = path(context);
                result.lines.putIfAbsent(path, parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException | RuntimeException e) {
            // Syntax errors are reported by the tree parse; lines are a courtesy.
        }
        return result;
    }

    public int lineOf(String path) {
        return lines.getOrDefault(path, 0);
    }

    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        build(context, path);
        return path.toString();
    }

    private static void build(JsonStreamContext context, StringBuilder path) {
        if (context == null || context.inRoot()) {
            return;
        }
        build(context.getParent(), path);
        if (context.inArray()) {
            path.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
        } else if (context.getCurrentName() != null) {
            if (path.length() > 0) {
                path.append('.');
            }
            path.append(context.getCurrentName());
        }
    }
}
