package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The plant REST API as the tests use it: JSON bodies for every level, create/read/update calls that check
 * the happy answer, and a whole hierarchy in one call. Every test builds its own nodes with a unique suffix
 * in their codes, so tests depend neither on each other nor on the demo plant.
 */
final class PlantApi {
    static final String ENTERPRISES = "enterprises";
    static final String SITES = "sites";
    static final String AREAS = "areas";
    static final String LINES = "production-lines";
    static final String WORK_CENTERS = "work-centers";
    static final String EQUIPMENT = "equipment";

    private PlantApi() {
    }

    /** A fresh upper-case suffix for codes, unique per call ("7F3A9C21"). */
    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    static String path(String levels) {
        return "api/plant/" + levels;
    }

    static String path(String levels, long id) {
        return path(levels) + "/" + id;
    }

    // ---- bodies ---------------------------------------------------------------------------------------

    /** The fields every level has; {@code parentId} null for an enterprise. */
    static JsonObjectBuilder node(Long parentId, String code, String name) {
        JsonObjectBuilder node = Json.createObjectBuilder().add("code", code).add("name", name);
        if (parentId != null) {
            node.add("parentId", parentId);
        }
        return node;
    }

    /** A valid work center capacity: 16 h a day at 85 %, one job at a time, 45 min setup. */
    static JsonObjectBuilder capacity() {
        return Json.createObjectBuilder()
                .add("hoursPerDay", 16)
                .add("efficiencyPercent", 85)
                .add("maxConcurrentJobs", 1)
                .add("averageSetupMinutes", 45);
    }

    /** A valid equipment spec of the given criticality. */
    static JsonObjectBuilder spec(String equipmentType, int criticality) {
        return Json.createObjectBuilder()
                .add("equipmentType", equipmentType)
                .add("criticality", criticality)
                .add("targetSpeedPerMinute", 120)
                .add("idealCycleTimeSeconds", 0.5);
    }

    static JsonObjectBuilder workCenter(long parentId, String code) {
        return node(parentId, code, "Work center " + code).add("capacity", capacity());
    }

    static JsonObjectBuilder equipment(long parentId, String code) {
        return node(parentId, code, "Equipment " + code).add("equipment", spec("CNC mill", 4));
    }

    /**
     * The node as a client edits it: what it read, with its version, ready for changes and a PUT. Read-only
     * fields (id, level, audit stamps) go back too, as a client that round-trips a GET sends them.
     */
    static JsonObjectBuilder edit(JsonObject read) {
        return Json.createObjectBuilder(read);
    }

    // ---- calls ----------------------------------------------------------------------------------------

    static Http.Response post(String levels, JsonObjectBuilder body) {
        return Http.post(path(levels), body.build().toString());
    }

    /** Creates a node and checks the 201 answer (Location, ETag matching the version); returns it. */
    static JsonObject create(String levels, JsonObjectBuilder body) {
        Http.Response created = post(levels, body);
        assertEquals(201, created.status(), () -> "POST " + levels + ": " + created.body());
        JsonObject node = created.json();
        assertNotNull(created.header("Location"), "Location of the created node");
        assertEquals(etag(node), created.header("ETag"), "ETag of the created node");
        return node;
    }

    static Http.Response get(String levels, long id) {
        return Http.get(path(levels, id));
    }

    /** Reads a node that must exist and checks its ETag against the version in the body. */
    static JsonObject read(String levels, long id) {
        Http.Response read = get(levels, id);
        assertEquals(200, read.status(), () -> "GET " + levels + "/" + id + ": " + read.body());
        JsonObject node = read.json();
        assertEquals(etag(node), read.header("ETag"), "ETag of " + levels + "/" + id);
        return node;
    }

    static Http.Response put(String levels, long id, JsonObjectBuilder body, String... headers) {
        return Http.put(path(levels, id), body.build().toString(), headers);
    }

    /** Updates a node, checks the 200 answer and its new ETag; returns the updated node. */
    static JsonObject update(String levels, long id, JsonObjectBuilder body, String... headers) {
        Http.Response updated = put(levels, id, body, headers);
        assertEquals(200, updated.status(), () -> "PUT " + levels + "/" + id + ": " + updated.body());
        JsonObject node = updated.json();
        assertEquals(etag(node), updated.header("ETag"), "ETag after the update");
        return node;
    }

    /** Deactivates (or activates) a node as read now; returns the answer, whatever it is. */
    static Http.Response setActive(String levels, long id, boolean active) {
        return put(levels, id, edit(read(levels, id)).add("active", active));
    }

    /** The list answer {items, page, size, total} for a query string such as {@code "parentId=4&size=2"}. */
    static JsonObject list(String levels, String query) {
        Http.Response list = Http.get(path(levels) + "?" + query);
        assertEquals(200, list.status(), () -> "GET " + levels + "?" + query + ": " + list.body());
        return list.json();
    }

    /** The codes of a list answer's items, in answer order. */
    static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").stream().map(item -> item.asJsonObject().getString("code")).toList();
    }

    /** A decimal property compared by value ("16" equals 16.00). */
    static void assertDecimal(String expected, JsonObject object, String name) {
        assertEquals(0, new BigDecimal(expected).compareTo(object.getJsonNumber(name).bigDecimalValue()),
                () -> name + " in " + object);
    }

    static long id(JsonObject node) {
        return node.getJsonNumber("id").longValue();
    }

    static long version(JsonObject node) {
        return node.getJsonNumber("version").longValue();
    }

    /** The strong ETag the API gives a node: its version in quotes. */
    static String etag(JsonObject node) {
        return etag(version(node));
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    // ---- a whole hierarchy ----------------------------------------------------------------------------

    /** One node of every level, each under the one before, sub-equipment under equipment. */
    record Chain(String suffix, JsonObject enterprise, JsonObject site, JsonObject area, JsonObject line,
                 JsonObject workCenter, JsonObject equipment, JsonObject subEquipment) {
    }

    /**
     * Creates enterprise E-x, site S-x, area A-x, production line L-x, work center WC-x (on the line),
     * equipment EQ-x (in the work center) and sub-equipment SUB-x (in the equipment), x being the suffix.
     * The nodes are as the POSTs answered them; adding a child leaves its parent's version alone.
     */
    static Chain createChain(String suffix) {
        JsonObject enterprise = create(ENTERPRISES, node(null, "E-" + suffix, "Enterprise " + suffix));
        JsonObject site = create(SITES, node(id(enterprise), "S-" + suffix, "Site " + suffix));
        JsonObject area = create(AREAS, node(id(site), "A-" + suffix, "Area " + suffix));
        JsonObject line = create(LINES, node(id(area), "L-" + suffix, "Line " + suffix));
        JsonObject workCenter = create(WORK_CENTERS, workCenter(id(line), "WC-" + suffix));
        JsonObject equipment = create(EQUIPMENT, equipment(id(workCenter), "EQ-" + suffix));
        JsonObject subEquipment = create(EQUIPMENT, equipment(id(equipment), "SUB-" + suffix));
        return new Chain(suffix, enterprise, site, area, line, workCenter, equipment, subEquipment);
    }

    static Chain createChain() {
        return createChain(suffix());
    }
}
