package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.regex.Pattern;

/** Assertions on RFC 9457 problem answers, shared by every test that expects an error. */
final class Problems {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_PREFIX = "urn:openmes:problem:";

    /**
     * What must never reach a client: exception or class names, stack frames, Java packages. Words rather
     * than a list of known classes, so that a leak of any library's exception is caught.
     */
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|Error:|\\bat [\\w$.]+\\(|\\borg\\.[a-z]|\\bjava\\.|\\bjavax?\\.|\\bjakarta\\.|\\bcom\\.ibm|"
                    + "yasson|eclipse|resteasy|\\.java:\\d", Pattern.CASE_INSENSITIVE);

    private Problems() {
    }

    /**
     * Asserts a problem answer: HTTP status, content type, the problem's type slug and status, a title,
     * a correlation id matching the header, and no internals. Returns the problem document.
     */
    static JsonObject assertProblem(Http.Response response, int status, String slug) {
        String context = response.status() + " " + response.contentType() + " " + response.body();
        assertEquals(status, response.status(), () -> "status of " + context);
        assertNotNull(response.contentType(), () -> "content type of " + context);
        assertTrue(response.contentType().startsWith(PROBLEM_JSON), () -> "content type of " + context);
        assertNoInternals(response);
        JsonObject problem = response.json();
        assertEquals(TYPE_PREFIX + slug, problem.getString("type", null), () -> "type of " + context);
        assertEquals(status, problem.getInt("status", -1), () -> "status in " + context);
        assertFalse(problem.getString("title", "").isBlank(), () -> "title of " + context);
        assertFalse(problem.getString("detail", "").isBlank(), () -> "detail of " + context);
        assertEquals(response.header("X-Correlation-Id"), problem.getString("correlationId", null),
                () -> "correlation id of " + context);
        return problem;
    }

    /** As {@link #assertProblem(Http.Response, int, String)}, and a violation names {@code field}. */
    static JsonObject assertProblem(Http.Response response, int status, String slug, String field) {
        JsonObject problem = assertProblem(response, status, slug);
        assertTrue(fields(problem).contains(field),
                () -> "a violation of field '" + field + "' in " + response.body());
        return problem;
    }

    /** The fields named by the problem's violations (empty when it has none). */
    static List<String> fields(JsonObject problem) {
        if (!problem.containsKey("violations") || problem.isNull("violations")) {
            return List.of();
        }
        return problem.getJsonArray("violations").stream()
                .map(JsonValue::asJsonObject)
                .filter(v -> v.containsKey("field") && !v.isNull("field"))
                .map(v -> v.getString("field"))
                .toList();
    }

    /** No stack trace, exception or class name in the body, whatever the status. */
    static void assertNoInternals(Http.Response response) {
        assertFalse(INTERNALS.matcher(response.body()).find(),
                () -> "the body shows server internals: " + response.body());
    }
}
