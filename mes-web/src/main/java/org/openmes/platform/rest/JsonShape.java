package org.openmes.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks of a request body's shape that JSON-B (Yasson) does not make: exactly one JSON document of the
 * kind the operation expects, and no array read into a single value. Yasson takes the first element of
 * {@code [a, b]} for an object, the last for a string, and ignores whatever follows the first document —
 * each of which silently loses what the client sent.
 */
final class JsonShape {
    private JsonShape() {
    }

    /**
     * Parses the whole body as one JSON document: an array when {@code expectArray}, else an object, with
     * nothing but white space after it.
     */
    static JsonValue singleDocument(byte[] body, boolean expectArray) {
        // RFC 8259: JSON between systems is UTF-8
        try (JsonParser parser = Json.createParser(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8))) {
            if (!parser.hasNext()) {
                throw new MalformedRequestException(null, "The request body is empty; a JSON "
                        + (expectArray ? "array" : "object") + " is expected");
            }
            JsonParser.Event first = parser.next();
            JsonValue document;
            if (first == JsonParser.Event.START_OBJECT && !expectArray) {
                document = parser.getObject();
            } else if (first == JsonParser.Event.START_ARRAY && expectArray) {
                document = parser.getArray();
            } else {
                throw new MalformedRequestException(null, "The request body must be a single JSON "
                        + (expectArray ? "array" : "object"));
            }
            if (parser.hasNext()) {
                throw new MalformedRequestException(null, "The request body must hold one JSON document; more follows it");
            }
            return document;
        } catch (JsonParsingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
            throw new MalformedRequestException(null, "The request body is not well-formed JSON" + where, e);
        } catch (JsonException e) {
            throw new MalformedRequestException(null, "The request body is not well-formed JSON", e);
        }
    }

    /**
     * The path of the first array in {@code sent} that is not an array in {@code bound} (the bound object
     * written back as JSON), i.e. where a list was squeezed into a single value.
     */
    static Optional<String> arrayReadAsSingleValue(JsonValue sent, String boundJson) {
        JsonValue bound;
        try (var reader = Json.createReader(new StringReader(boundJson))) {
            bound = reader.readValue();
        }
        return firstUnwrappedArray(sent, bound, "");
    }

    private static Optional<String> firstUnwrappedArray(JsonValue sent, JsonValue bound, String path) {
        switch (sent.getValueType()) {
            case OBJECT -> {
                JsonObject boundObject = bound != null && bound.getValueType() == JsonValue.ValueType.OBJECT
                        ? bound.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
                for (var property : sent.asJsonObject().entrySet()) {
                    Optional<String> found = firstUnwrappedArray(property.getValue(), boundObject.get(property.getKey()),
                            path.isEmpty() ? property.getKey() : path + "." + property.getKey());
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            case ARRAY -> {
                if (bound == null || bound.getValueType() != JsonValue.ValueType.ARRAY) {
                    return Optional.of(path);
                }
                JsonArray sentArray = sent.asJsonArray();
                JsonArray boundArray = bound.asJsonArray();
                for (int i = 0; i < sentArray.size(); i++) {
                    Optional<String> found = firstUnwrappedArray(sentArray.get(i),
                            i < boundArray.size() ? boundArray.get(i) : null, path + "[" + i + "]");
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
