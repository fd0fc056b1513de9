package org.openmes.it;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;

/** Requests of the tests as a demo caller (a bearer token of {@link Identities}), or with no token at all. */
final class AsCaller {
    private AsCaller() {
    }

    static Http.Response send(String caller, String method, String path, String json, String... headers) {
        HttpRequest.Builder request = Http.anonymousRequest(path);
        if (caller != null) {
            request.header("Authorization", "Bearer " + Identities.bearerToken(caller));
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return Http.send(request);
    }

    static Http.Response get(String caller, String path) {
        return send(caller, "GET", path, null);
    }

    /** A request that must succeed with {@code status}; the answer's JSON object. */
    static JsonObject expect(int status, String caller, String method, String path, String json, String... headers) {
        Http.Response response = send(caller, method, path, json, headers);
        if (response.status() != status) {
            throw new AssertionError(caller + " " + method + " " + path + ": expected " + status + " but was "
                    + response.status() + " " + response.body());
        }
        return response.body().isBlank() || response.body().startsWith("[") ? null : response.json();
    }
}
