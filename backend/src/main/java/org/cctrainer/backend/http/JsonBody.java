package org.cctrainer.backend.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import org.cctrainer.backend.wire.Wire;
import org.cctrainer.sim.json.FieldReader;
import org.cctrainer.sim.json.Problems;

/**
 * Reads a request body strictly, with the same field reader scenario files use: wrong types,
 * out-of-range values and unknown fields all come back as a 400 naming the field.
 */
final class JsonBody {
    private JsonBody() {
    }

    /** Parses the body (an empty body is an empty object) and reads it with {@code reader}. */
    static <T> T read(RoutingContext ctx, Function<FieldReader, T> reader) {
        String text = ctx.body() == null || ctx.body().buffer() == null ? "" : ctx.body().asString();
        JsonNode node;
        if (org.cctrainer.backend.wire.JsonDepth.tooDeep(text)) {
            throw ApiError.badRequest("the body nests more than " + org.cctrainer.backend.wire.JsonDepth.MAX + " levels deep");
        }
        try {
            node = text.isBlank() ? Wire.MAPPER.createObjectNode() : Wire.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiError(400, "malformed-json", "the body is not valid JSON: " + e.getOriginalMessage()
                    .lines().findFirst().orElse("syntax error"));
        }
        Problems problems = Problems.withoutLines();
        FieldReader fields = FieldReader.object(node, "", problems);
        T value = fields == null ? null : reader.apply(fields);
        if (fields != null) {
            fields.finish();
        }
        if (!problems.isEmpty()) {
            StringBuilder message = new StringBuilder();
            for (Problems.Problem problem : problems.list()) {
                message.append(message.length() == 0 ? "" : "; ").append(problem);
            }
            throw ApiError.badRequest(message.toString());
        }
        return value;
    }
}
