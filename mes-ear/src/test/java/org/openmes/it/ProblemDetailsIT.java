package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.PlantApi.AREAS;
import static org.openmes.it.PlantApi.ENTERPRISES;
import static org.openmes.it.PlantApi.EQUIPMENT;
import static org.openmes.it.PlantApi.SITES;
import static org.openmes.it.PlantApi.WORK_CENTERS;
import static org.openmes.it.PlantApi.createChain;
import static org.openmes.it.PlantApi.edit;
import static org.openmes.it.PlantApi.etag;
import static org.openmes.it.PlantApi.id;
import static org.openmes.it.PlantApi.read;
import static org.openmes.it.PlantApi.version;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openmes.it.PlantApi.Chain;

/**
 * Every kind of bad input gets its RFC 9457 problem: the right status and type, the field at fault, the
 * correlation id, and never a 500 or a trace of the server's insides.
 */
class ProblemDetailsIT extends MesIntegrationTest {
    /** mes.api.max-payload-bytes as configured (the default). */
    private static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

    // ---- bodies that are no JSON of the expected shape ------------------------------------------------

    @Test
    void malformedJsonIsAMalformedRequest() {
        Http.Response response = Http.post(PlantApi.path(ENTERPRISES), "{\"code\": \"E-1\", \"name\": ");
        JsonObject problem = assertProblem(response, 400, "malformed-request");
        assertEquals("/" + PlantApi.path(ENTERPRISES), problem.getString("instance"));
    }

    /** A value of the wrong JSON type is refused, not coerced (2.5 jobs is not 2 jobs, ["a"] is not "a"). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongJsonTypes")
    void aValueOfTheWrongJsonTypeIsAMalformedRequestNamingTheProperty(Function<Chain, JsonObjectBuilder> body,
            String levels, String field) {
        assertProblem(PlantApi.post(levels, body.apply(createChain())), 400, "malformed-request", field);
    }

    static Stream<Arguments> wrongJsonTypes() {
        return Stream.of(
                bad("maxConcurrentJobs: \"many\"", "capacity.maxConcurrentJobs", capacityWith("maxConcurrentJobs", Json.createValue("many"))),
                bad("maxConcurrentJobs: 2.5", "capacity.maxConcurrentJobs", capacityWith("maxConcurrentJobs", Json.createValue(new BigDecimal("2.5")))),
                bad("maxConcurrentJobs: 1e12", "capacity.maxConcurrentJobs", capacityWith("maxConcurrentJobs", Json.createValue(1_000_000_000_000L))),
                bad("averageSetupMinutes: true", "capacity.averageSetupMinutes", capacityWith("averageSetupMinutes", JsonValue.TRUE)),
                bad("hoursPerDay: \"eight\"", "capacity.hoursPerDay", capacityWith("hoursPerDay", Json.createValue("eight"))),
                bad("parentId: \"the line\"", "parentId", workCenterWith("parentId", Json.createValue("the line"))),
                bad("active: \"yes\"", "active", workCenterWith("active", Json.createValue("yes"))),
                bad("capacity: 16", "capacity", workCenterWith("capacity", Json.createValue(16))),
                // an array is not the single value expected, even with one element
                bad("maxConcurrentJobs: [1]", "capacity.maxConcurrentJobs", capacityWith("maxConcurrentJobs", array(Json.createValue(1)))),
                bad("hoursPerDay: [8]", "capacity.hoursPerDay", capacityWith("hoursPerDay", array(Json.createValue(8)))),
                bad("active: [true]", "active", workCenterWith("active", array(JsonValue.TRUE))),
                bad("code: [\"WC-X\"]", "code", workCenterWith("code", array(Json.createValue("WC-X")))),
                bad("description: [\"a\", \"b\"]", "description", workCenterWith("description", array(Json.createValue("a"), Json.createValue("b")))),
                bad("capacity: [{...}]", "capacity", workCenterWith("capacity", array(PlantApi.capacity().build()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownProperties")
    void anUnknownPropertyIsAMalformedRequestNamingIt(Function<Chain, JsonObjectBuilder> body, String levels, String field) {
        JsonObject problem = assertProblem(PlantApi.post(levels, body.apply(createChain())), 400, "malformed-request", field);
        assertTrue(problem.getString("detail").contains(field), problem.toString());
    }

    static Stream<Arguments> unknownProperties() {
        return Stream.of(
                bad("colour: \"red\"", "colour", workCenterWith("colour", Json.createValue("red"))),
                bad("capacity.shifts: 3", "capacity.shifts", capacityWith("shifts", Json.createValue(3))));
    }

    @Test
    void anUnknownEnumValueIsAMalformedRequest() {
        Chain chain = createChain();
        Http.Response response = PlantApi.post(SITES, PlantApi.node(id(chain.enterprise()), "S-X", "Site").add("level", "FACTORY"));
        JsonObject problem = assertProblem(response, 400, "malformed-request");
        assertTrue(problem.getString("detail").contains("FACTORY"), problem.toString());
    }

    /**
     * The body must be one JSON object and nothing else: neither an array of them (the API creates one node
     * per call, and must not create the first and drop the others), nor an object followed by more data.
     * {@code %s} is replaced by a fresh suffix, so a body wrongly accepted cannot collide with another test.
     */
    @ParameterizedTest(name = "body: [{0}]")
    @ValueSource(strings = {
            "",
            "42",
            "\"E-%s\"",
            "[]",
            "[{\"code\":\"E-%s\",\"name\":\"One of a list\"}]",
            "[{\"code\":\"E-%1$s\",\"name\":\"First\"},{\"code\":\"E2-%1$s\",\"name\":\"Second\"}]",
            "{\"code\":\"E-%s\",\"name\":\"Then more\"} {\"code\":\"X\"}",
            "{\"code\":\"E-%s\",\"name\":\"Then garbage\"} garbage",
    })
    void aBodyThatIsNotExactlyOneJsonObjectIsAMalformedRequest(String body) {
        assertProblem(Http.post(PlantApi.path(ENTERPRISES), body.formatted(PlantApi.suffix())), 400, "malformed-request");
    }

    @Test
    void aNullBodyIsAMalformedRequest() {
        assertProblem(Http.post(PlantApi.path(ENTERPRISES), "null"), 400, "malformed-request");
    }

    // ---- bean validation ------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidValues")
    void anInvalidValueFailsValidationNamingItsJsonPath(Function<Chain, JsonObjectBuilder> body, String levels,
            String field) {
        assertProblem(PlantApi.post(levels, body.apply(createChain())), 400, "validation-failed", field);
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                bad("blank name", AREAS, "name", chain -> PlantApi.node(id(chain.site()), "A-X", "   ")),
                bad("code with a space", AREAS, "code", chain -> PlantApi.node(id(chain.site()), "CNC 01", "Space")),
                bad("code of 41 characters", AREAS, "code", chain -> PlantApi.node(id(chain.site()), "A".repeat(41), "Long")),
                bad("description of 2001 characters", AREAS, "description",
                        chain -> PlantApi.node(id(chain.site()), "A-X", "Area").add("description", "d".repeat(2001))),
                bad("hoursPerDay: 25", "capacity.hoursPerDay", capacityWith("hoursPerDay", Json.createValue(25))),
                bad("efficiencyPercent: 0", "capacity.efficiencyPercent", capacityWith("efficiencyPercent", Json.createValue(0))),
                bad("maxConcurrentJobs missing", WORK_CENTERS, "capacity.maxConcurrentJobs",
                        chain -> PlantApi.node(id(chain.line()), "WC-X", "Work center")
                                .add("capacity", PlantApi.capacity().remove("maxConcurrentJobs"))),
                bad("criticality: 9", EQUIPMENT, "equipment.criticality",
                        chain -> PlantApi.node(id(chain.line()), "EQ-X", "Equipment").add("equipment", PlantApi.spec("Filler", 9))),
                bad("blank equipmentType", EQUIPMENT, "equipment.equipmentType",
                        chain -> PlantApi.node(id(chain.line()), "EQ-X", "Equipment").add("equipment", PlantApi.spec("", 3))));
    }

    @Test
    void everyInvalidValueIsReportedAtOnce() {
        Chain chain = createChain();
        JsonObjectBuilder body = PlantApi.node(id(chain.line()), "WC X", "")
                .add("capacity", PlantApi.capacity().add("hoursPerDay", 25));
        JsonObject problem = assertProblem(PlantApi.post(WORK_CENTERS, body), 400, "validation-failed");
        assertTrue(Problems.fields(problem).containsAll(List.of("capacity.hoursPerDay", "code", "name")),
                problem.toString());
    }

    /** Well-formed and valid in itself, but not for this level or this parent: the service's rules. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void inputTheRulesRefuseIsInvalidInput(Function<Chain, JsonObjectBuilder> body, String levels, String field) {
        assertProblem(PlantApi.post(levels, body.apply(createChain())), 400, "invalid-input", field);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                bad("work center without capacity", WORK_CENTERS, "capacity",
                        chain -> PlantApi.node(id(chain.line()), "WC-X", "No capacity")),
                bad("area with a capacity", AREAS, "capacity",
                        chain -> PlantApi.node(id(chain.site()), "A-X", "Area").add("capacity", PlantApi.capacity())),
                bad("site without parent", SITES, "parentId", chain -> PlantApi.node(null, "S-X", "Orphan")),
                bad("site under a node that does not exist", SITES, "parentId",
                        chain -> PlantApi.node(Long.MAX_VALUE, "S-X", "Parent does not exist")),
                bad("enterprise with a parent", ENTERPRISES, "parentId",
                        chain -> PlantApi.node(id(chain.enterprise()), "E-X", "Enterprise under an enterprise")),
                bad("body saying AREA posted to sites", SITES, "level",
                        chain -> PlantApi.node(id(chain.enterprise()), "S-X", "Site").add("level", "AREA")));
    }


    // ---- size -----------------------------------------------------------------------------------------

    @Test
    void aBodyOverTheLimitByContentLengthIsRefused() {
        byte[] body = oversizedBody();
        Http.Response response = Http.send(Http.request(PlantApi.path(ENTERPRISES))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertProblem(response, 400, "payload-too-large");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefused() {
        byte[] body = oversizedBody();
        Http.Response response = Http.send(Http.request(PlantApi.path(ENTERPRISES))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
        assertProblem(response, 400, "payload-too-large");
    }

    @Test
    void aBodyJustUnderTheLimitIsRead() {
        // well-formed and within the limit, so it gets as far as validation (the name is too long)
        String name = "n".repeat(MAX_PAYLOAD_BYTES - 100);
        Http.Response response = PlantApi.post(ENTERPRISES, PlantApi.node(null, "E-" + PlantApi.suffix(), name));
        assertProblem(response, 400, "validation-failed", "name");
    }

    /** A valid enterprise whose description makes the JSON one byte over the limit. */
    private static byte[] oversizedBody() {
        String head = "{\"code\":\"E-" + PlantApi.suffix() + "\",\"name\":\"Big\",\"description\":\"";
        String tail = "\"}";
        String body = head + "d".repeat(MAX_PAYLOAD_BYTES + 1 - head.length() - tail.length()) + tail;
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        assertEquals(MAX_PAYLOAD_BYTES + 1, bytes.length);
        return bytes;
    }

    // ---- query and path parameters --------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "api/plant/sites?page=-1,             invalid-input,     page",
            "api/plant/sites?page=x,              malformed-request, page",
            "api/plant/sites?page=2147483648,     malformed-request, page",
            "api/plant/sites?page=2147483647&size=2, invalid-input,  page",
            "api/plant/sites?page=4294968&size=500, invalid-input,   page",
            "api/plant/sites?size=abc,            malformed-request, size",
            "api/plant/sites?size=0,              invalid-input,     size",
            "api/plant/sites?size=501,            invalid-input,     size",
            "api/plant/sites?sort=bogus,          invalid-input,     sort",
            "api/plant/sites?sort=code%2Csideways, invalid-input,    sort",
            "api/plant/sites?active=maybe,        malformed-request, active",
            "api/plant/sites?parentId=first,      malformed-request, parentId",
            "api/plant/tree?includeInactive=perhaps, malformed-request, includeInactive",
            "api/plant/sites/abc,                 malformed-request, id",
    })
    void aBadParameterIsRefusedNamingIt(String url, String slug, String field) {
        assertProblem(Http.get(url), 400, slug, field);
    }

    // ---- not found ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,    api/plant/sites/9223372036854775807",
            "DELETE, api/plant/sites/9223372036854775807",
            "GET,    api/plant/factories",
            "GET,    api/plant/factories/1",
            "GET,    api/plant",
            "GET,    api/nothing-here",
    })
    void anUnknownRecordOrUrlIsNotFound(String method, String url) {
        assertProblem(Http.send(Http.request(url).method(method, HttpRequest.BodyPublishers.noBody())), 404, "not-found");
    }

    @Test
    void anUpdateOfAnUnknownRecordIsNotFound() {
        Http.Response response = Http.put("api/plant/areas/9223372036854775807",
                PlantApi.node(1L, "A-X", "Area").add("version", 0).build().toString());
        assertProblem(response, 404, "not-found");
    }

    // ---- versions -------------------------------------------------------------------------------------

    @Test
    void anUpdateWithoutAnyVersionIsInvalidInput() {
        Chain chain = createChain();
        JsonObject area = read(AREAS, id(chain.area()));
        assertProblem(PlantApi.put(AREAS, id(area), edit(area).remove("version").add("name", "No version")),
                400, "invalid-input", "version");
        assertEquals(area.getString("name"), read(AREAS, id(area)).getString("name"));
    }

    @Test
    void anUpdateOfAStaleVersionIsAStaleVersionConflict() {
        Chain chain = createChain();
        JsonObject area = read(AREAS, id(chain.area()));
        assertProblem(PlantApi.put(AREAS, id(area), edit(area).add("version", version(area) - 1).add("name", "Stale")),
                409, "stale-version", "version");
        assertProblem(PlantApi.put(AREAS, id(area), edit(area).add("name", "Stale"), "If-Match", etag(version(area) - 1)),
                409, "stale-version", "version");
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @CsvSource(delimiter = '|', value = {"W/\"1\"", "*", "\"abc\"", "1", "\"99999999999999999999\""})
    void anIfMatchThatIsNoVersionETagIsAMalformedRequest(String ifMatch) {
        Chain chain = createChain();
        JsonObject area = read(AREAS, id(chain.area()));
        assertProblem(PlantApi.put(AREAS, id(area), edit(area), "If-Match", ifMatch), 400, "malformed-request", "If-Match");
    }

    // ---- state conflicts ------------------------------------------------------------------------------

    @Test
    void deletingANodeWithChildrenIsAConflict() {
        Chain chain = createChain();
        JsonObject problem = assertProblem(Http.delete(PlantApi.path(SITES, id(chain.site()))), 409, "conflict");
        assertTrue(problem.getString("detail").contains("deactivate"), problem.toString());
    }

    // ---- HTTP level -----------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "DELETE, api/plant/enterprises",
            "PUT,    api/plant/enterprises",
            "POST,   api/plant/tree",
            "PATCH,  api/plant/enterprises/1",
    })
    void aMethodTheUrlDoesNotSupportIsNotAllowed(String method, String url) {
        Http.Response response = Http.send(Http.request(url).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{}")));
        assertProblem(response, 405, "method-not-allowed");
        assertNotNull(response.header("Allow"), "Allow header");
    }

    @Test
    void anAcceptHeaderTheApiCannotServeIsNotAcceptable() {
        Http.Response response = Http.send(Http.request(PlantApi.path(ENTERPRISES)).setHeader("Accept", "application/xml"));
        assertProblem(response, 406, "not-acceptable");
    }

    @ParameterizedTest(name = "Content-Type: {0}")
    @CsvSource({"text/plain", "application/xml", "application/x-www-form-urlencoded"})
    void aContentTypeTheApiCannotReadIsUnsupported(String contentType) {
        String body = PlantApi.node(null, "E-" + PlantApi.suffix(), "Not JSON to the server").build().toString();
        Http.Response response = Http.send(Http.request(PlantApi.path(ENTERPRISES)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        JsonObject problem = assertProblem(response, 415, "unsupported-media-type");
        assertTrue(problem.getString("detail").contains(contentType), problem.toString());
    }

    // ---- correlation ids ------------------------------------------------------------------------------

    @Test
    void aProblemCarriesAGeneratedCorrelationId() {
        Http.Response first = Http.get("api/plant/sites/9223372036854775807");
        Http.Response second = Http.get("api/plant/sites/9223372036854775807");
        String id = assertProblem(first, 404, "not-found").getString("correlationId");
        UUID.fromString(id); // a UUID
        assertNotEquals(id, assertProblem(second, 404, "not-found").getString("correlationId"), "one id per request");
    }

    @Test
    void aClientsCorrelationIdIsEchoed() {
        String mine = "erp-" + UUID.randomUUID();
        Http.Response problem = Http.send(Http.request("api/plant/sites/9223372036854775807").header("X-Correlation-Id", mine));
        assertEquals(mine, problem.header("X-Correlation-Id"));
        assertEquals(mine, assertProblem(problem, 404, "not-found").getString("correlationId"));

        Http.Response ok = Http.send(Http.request("api/plant/tree").header("X-Correlation-Id", mine));
        assertEquals(200, ok.status());
        assertEquals(mine, ok.header("X-Correlation-Id"), "echoed on success too");
    }

    @Test
    void anUnsafeCorrelationIdIsReplaced() {
        Http.Response response = Http.send(Http.request("api/plant/sites/9223372036854775807")
                .header("X-Correlation-Id", "x".repeat(101)));
        String id = assertProblem(response, 404, "not-found").getString("correlationId");
        UUID.fromString(id);
    }

    // ---- bodies ---------------------------------------------------------------------------------------

    /** A case of a parameterized test: the body built on a fresh chain, named, with its level and field at fault. */
    private static Arguments bad(String description, String levels, String field, Function<Chain, JsonObjectBuilder> body) {
        return Arguments.of(Named.of(description, body), levels, field);
    }

    /** A case posting a work center. */
    private static Arguments bad(String description, String field, Function<Chain, JsonObjectBuilder> body) {
        return bad(description, WORK_CENTERS, field, body);
    }

    /** A valid work center under the chain's line, except for {@code property}. */
    private static Function<Chain, JsonObjectBuilder> workCenterWith(String property, JsonValue value) {
        return chain -> PlantApi.workCenter(id(chain.line()), "WC-X").add(property, value);
    }

    /** A valid work center under the chain's line, except for {@code property} of its capacity. */
    private static Function<Chain, JsonObjectBuilder> capacityWith(String property, JsonValue value) {
        return chain -> PlantApi.node(id(chain.line()), "WC-X", "Work center")
                .add("capacity", PlantApi.capacity().add(property, value));
    }

    private static JsonValue array(JsonValue... values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonValue value : values) {
            array.add(value);
        }
        return array.build();
    }
}
