package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Changing and deleting the telemetry configuration through REST: versions (If-Match or the body's), refusals at save
 * time with the PLC4X driver's reason, deleted tags and connections retired so their samples stay, and a changed tag
 * read the new way by the running connector.
 */
class TelemetryConfigIT extends MesIntegrationTest {
    private static final String PLCS = "api/telemetry/plcs";
    private static final String MAPPINGS = "api/telemetry/signal-mappings";

    @Test
    void aConnectionIsChangedWithItsVersionAndAStaleVersionIsAConflict() {
        String code = newConnection("slow=1000", false);
        Http.Response read = Http.get(PLCS + "/" + code);
        assertEquals(200, read.status(), read.body());
        assertProblem(Http.put(PLCS + "/" + code, connection(code, "fast=200,slow=1000").add("heartbeatTag", "beat")
                .build().toString(), "If-Match", read.header("ETag")), 400, "invalid-input", "heartbeatTag");
        assertProblem(Http.post(PLCS, connection("CFG-" + PlantApi.suffix(), "slow=1000").add("heartbeatTag", "beat").build()
                .toString()), 400, "invalid-input", "heartbeatTag");
        addTag(code, "beat", "holding-register:10:UINT", "slow");
        JsonObject changed = Http.put(PLCS + "/" + code, connection(code, "fast=200,slow=1000").add("name", "Renamed")
                .add("requestTimeoutMillis", 2500).add("heartbeatTag", "beat").build().toString(), "If-Match",
                Http.get(PLCS + "/" + code).header("ETag")).json();
        assertEquals("Renamed", changed.getString("name"));
        assertEquals(2500, changed.getInt("requestTimeoutMillis"));
        assertEquals("fast=200,slow=1000", changed.getString("scanClasses"));
        assertEquals("beat", changed.getString("heartbeatTag"));

        assertProblem(Http.put(PLCS + "/" + code, connection(code, "slow=1000").add("version", PlantApi.version(read.json()))
                .build().toString()), 409, "stale-version", "version");
        assertProblem(Http.put(PLCS + "/" + code, connection(code, "slow=1000").build().toString()), 400, "invalid-input", "version");
        assertProblem(Http.put(PLCS + "/NO-SUCH-PLC", connection("NO-SUCH-PLC", "slow=1000").add("version", 0).build().toString()),
                404, "not-found");
    }

    @Test
    void badConfigurationIsRefusedAtSaveTimeWithTheDriversReasonNamingTheField() {
        String code = newConnection("slow=1000", false);
        JsonObject tag = addTag(code, "speed", "holding-register:102:UINT", "slow");
        long version = PlantApi.version(Http.get(PLCS + "/" + code).json());

        JsonObject unknownDriver = assertProblem(Http.put(PLCS + "/" + code, connection(code, "slow=1000")
                .add("connectionString", "profibus://10.0.0.1").add("version", version).build().toString()), 400, "invalid-input", "connectionString");
        assertTrue(unknownDriver.toString().contains("modbus-tcp"), "names the protocols there are: " + unknownDriver);
        assertProblem(Http.put(PLCS + "/" + code, connection(code, "slow=1000").add("connectionString", "modbus-tcp:/// no host")
                .add("version", version).build().toString()), 400, "invalid-input", "connectionString");
        JsonObject otherDriver = assertProblem(Http.put(PLCS + "/" + code, connection(code, "slow=1000").add("connectionString",
                "s7://127.0.0.1").add("version", version).build().toString()), 400, "invalid-input", "connectionString");
        assertTrue(otherDriver.toString().contains("speed"), "names the tag the S7 driver cannot address: " + otherDriver);
        JsonObject lostScanClass = assertProblem(Http.put(PLCS + "/" + code, connection(code, "fast=100").add("version", version)
                .build().toString()), 400, "invalid-input", "scanClasses");
        assertTrue(lostScanClass.toString().contains("speed"), "names the tag: " + lostScanClass);

        JsonObject badAddress = assertProblem(Http.put(tagPath(code, "speed"), edit(tag).add("address", "flux-capacitor:7").build()
                .toString()), 400, "invalid-input", "address");
        assertTrue(badAddress.toString().contains("modbus"), "the driver's own reason: " + badAddress);
        assertProblem(Http.put(tagPath(code, "speed"), edit(tag).add("name", "other").build().toString()), 400, "invalid-input", "name");
        assertProblem(Http.post(PLCS + "/" + code + "/tags", tagBody("speed", "holding-register:2:UINT", "slow").build().toString()),
                409, "conflict", "name");
        assertEquals("holding-register:102:UINT", Http.get(tagPath(code, "speed")).json().getString("address"), "nothing saved");
    }

    @Test
    void aMappedTagOrTheHeartbeatIsNotDeletedAndADeletedTagIsRetiredSoItsNameIsFreeAgain() {
        String code = newConnection("slow=1000", false);
        long equipment = PlantApi.id(PlantApi.createChain().equipment());
        JsonObject running = addTag(code, "running", "coil:2", "slow");
        JsonObject other = addTag(code, "other", "coil:1", "slow");
        Http.Response mapped = Http.post(MAPPINGS, Json.createObjectBuilder().add("equipmentId", equipment).add("signal", "RUNNING")
                .add("tagId", id(running)).build().toString());
        assertEquals(201, mapped.status(), mapped.body());
        String mapping = MAPPINGS + "/" + id(mapped.json());

        JsonObject refused = assertProblem(Http.delete(tagPath(code, "running")), 409, "conflict", "name");
        assertTrue(refused.toString().contains("mapping " + id(mapped.json())), "names the mapping: " + refused);
        assertProblem(Http.delete(PLCS + "/" + code), 409, "conflict", "tags");
        Http.Response withHeartbeat = Http.put(PLCS + "/" + code, connection(code, "slow=1000").add("heartbeatTag", "other").build()
                .toString(), "If-Match", Http.get(PLCS + "/" + code).header("ETag"));
        assertEquals(200, withHeartbeat.status(), withHeartbeat.body());
        assertTrue(assertProblem(Http.delete(tagPath(code, "other")), 409, "conflict", "name").toString().contains("heartbeat"));

        Http.Response moved = Http.put(mapping, Json.createObjectBuilder().add("equipmentId", equipment).add("signal", "RUNNING")
                .add("tagId", id(other)).build().toString(), "If-Match", mapped.header("ETag"));
        assertEquals(200, moved.status(), moved.body());
        assertEquals("other", moved.json().getString("tagName"));
        assertProblem(Http.put(mapping, Json.createObjectBuilder().add("equipmentId", equipment).add("signal", "RUNNING")
                .add("tagId", id(running)).add("version", PlantApi.version(mapped.json())).build().toString()), 409, "stale-version", "version");

        assertEquals(204, Http.delete(tagPath(code, "running")).status());
        assertProblem(Http.get(tagPath(code, "running")), 404, "not-found");
        assertEquals(1, Floor.count("select count(*) from telemetry_tag where id = " + id(running) + " and retired_at is not null"),
                "the row stays for its samples");
        assertProblem(Http.put(mapping, Json.createObjectBuilder().add("equipmentId", equipment).add("signal", "RUNNING")
                .add("tagId", id(running)).add("version", PlantApi.version(moved.json())).build().toString()), 400, "invalid-input", "tagId");
        assertTrue(id(addTag(code, "running", "coil:2", "slow")) != id(running), "the name is free again, for a new tag");

        assertEquals(204, Http.delete(mapping).status());
        assertProblem(Http.get(mapping), 404, "not-found");
        assertEquals(204, Http.delete(PLCS + "/" + code).status());
        assertProblem(Http.get(PLCS + "/" + code), 404, "not-found");
        assertEquals(201, Http.post(PLCS, connection(code, "slow=1000").add("enabled", false).build().toString()).status(),
                "the code is free again");
    }

    @Test
    void aChangedAddressIsReadByTheRunningConnectorAndADeletedTagKeepsItsSamples() {
        String code = newConnection("fast=200", true);
        JsonObject tag = addTag(code, "probe", "holding-register:102:UINT", "fast"); // the loader's speed: 12 or 0
        long tagId = id(tag);
        Floor.eventually("a sample of the loader's speed", () -> Floor.count("select count(*) from telemetry_sample where tag_id = "
                + tagId + " and quality = 'GOOD'") > 0 ? Optional.of(true) : Optional.empty());

        // the loader's heartbeat counts up every tick: values above 12 come only from the new address
        Http.Response changed = Http.put(tagPath(code, "probe"), edit(tag).add("address", "holding-register:111:UINT").build().toString());
        assertEquals(200, changed.status(), changed.body());
        Floor.eventually("a sample from the new address", () -> Floor.count("select count(*) from telemetry_sample where tag_id = "
                + tagId + " and value > 12") > 0 ? Optional.of(true) : Optional.empty());

        long samples = Floor.count("select count(*) from telemetry_sample where tag_id = " + tagId);
        assertEquals(204, Http.delete(tagPath(code, "probe")).status());
        assertTrue(Floor.count("select count(*) from telemetry_sample where tag_id = " + tagId) >= samples, "samples stay");
        assertFalse(Http.get(PLCS + "/" + code + "/tags").body().contains("probe"), "no longer listed");
        retiredTagIsListedOnRequestAndItsSamplesStayReadable(code, tagId, samples);

        assertEquals(204, Http.delete(PLCS + "/" + code).status());
        Floor.eventually(code + " no longer polled", () -> Http.get("api/telemetry/status").json().getJsonArray("plcs").stream()
                .map(JsonValue::asJsonObject).noneMatch(plc -> code.equals(plc.getString("code"))) ? Optional.of(true) : Optional.empty());
    }

    /** The tag {@code probe} of {@code code} was just deleted, after at least {@code samples} samples were stored. */
    private static void retiredTagIsListedOnRequestAndItsSamplesStayReadable(String code, long tagId, long samples) {
        long successor = id(addTag(code, "probe", "holding-register:102:UINT", "fast"));
        JsonArray all = Http.get(PLCS + "/" + code + "/tags?includeRetired=true").jsonArray();
        assertEquals(List.of(successor, tagId), all.stream().map(JsonValue::asJsonObject)
                .filter(tag -> "probe".equals(tag.getString("name"))).map(TelemetryConfigIT::id).toList(),
                "the active probe first, then the retired one: " + all);
        JsonObject retired = all.stream().map(JsonValue::asJsonObject).filter(tag -> id(tag) == tagId).findFirst().orElseThrow();
        assertEquals(Identities.ADMIN, retired.getString("retiredBy"));
        assertTrue(java.time.OffsetDateTime.parse(retired.getString("retiredAt")).isAfter(java.time.OffsetDateTime.now().minusMinutes(5)));
        assertFalse(all.stream().map(JsonValue::asJsonObject).filter(tag -> id(tag) == successor).findFirst().orElseThrow()
                .containsKey("retiredAt"), "an active tag has no retiredAt");

        JsonArray history = Http.get("api/telemetry/tags/" + tagId + "/samples?limit=10000").jsonArray();
        assertTrue(history.size() >= samples, "every sample before the deletion: " + history.size() + " of " + samples);
        java.time.Instant oldest = java.time.Instant.parse(history.getJsonObject(history.size() - 1).getString("sampledAt"));
        assertTrue(oldest.isBefore(java.time.Instant.parse(history.getJsonObject(0).getString("sampledAt"))), "newest first");
        // the oldest, not the newest: the connector may still store a sample or two until it sees the deletion
        String samplesOf = "api/telemetry/tags/" + tagId + "/samples";
        assertEquals(0, Http.get(samplesOf + "?to=" + oldest).jsonArray().size(), "to is exclusive");
        assertEquals(1, Http.get(samplesOf + "?from=" + oldest + "&to=" + oldest.plusNanos(1000)).jsonArray().size(),
                "from is inclusive");
        assertEquals(1, Http.get(samplesOf + "?limit=1").jsonArray().size());
        assertProblem(Http.get("api/telemetry/tags/" + tagId + "/samples?limit=0"), 400, "invalid-input", "limit");
        assertEquals(204, Http.delete(tagPath(code, "probe")).status(), "the successor is deleted too");
    }

    private static String newConnection(String scanClasses, boolean enabled) {
        String code = "CFG-" + PlantApi.suffix();
        Http.Response created = Http.post(PLCS, connection(code, scanClasses).add("enabled", enabled).build().toString());
        assertEquals(201, created.status(), created.body());
        return code;
    }

    private static JsonObjectBuilder connection(String code, String scanClasses) {
        return Json.createObjectBuilder().add("code", code).add("name", "Config test").add("connectionString",
                "modbus-tcp://127.0.0.1:" + TestEnvironment.simulator().port()).add("enabled", false)
                .add("scanClasses", scanClasses).add("requestTimeoutMillis", 1000);
    }

    private static JsonObject addTag(String code, String name, String address, String scanClass) {
        Http.Response created = Http.post(PLCS + "/" + code + "/tags", tagBody(name, address, scanClass).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static JsonObjectBuilder tagBody(String name, String address, String scanClass) {
        return Json.createObjectBuilder().add("name", name).add("address", address)
                .add("dataType", address.startsWith("coil") ? "BOOL" : "INT").add("scanClass", scanClass);
    }

    /** The tag as read, to be sent back changed (with its version). */
    private static JsonObjectBuilder edit(JsonObject tag) {
        return Json.createObjectBuilder(tag);
    }

    private static String tagPath(String code, String name) {
        return PLCS + "/" + code + "/tags/" + name;
    }

    private static long id(JsonObject created) {
        return created.getJsonNumber("id").longValue();
    }
}
