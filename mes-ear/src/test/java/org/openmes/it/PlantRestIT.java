package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.PlantApi.AREAS;
import static org.openmes.it.PlantApi.ENTERPRISES;
import static org.openmes.it.PlantApi.EQUIPMENT;
import static org.openmes.it.PlantApi.LINES;
import static org.openmes.it.PlantApi.SITES;
import static org.openmes.it.PlantApi.WORK_CENTERS;
import static org.openmes.it.PlantApi.assertDecimal;
import static org.openmes.it.PlantApi.codes;
import static org.openmes.it.PlantApi.create;
import static org.openmes.it.PlantApi.createChain;
import static org.openmes.it.PlantApi.edit;
import static org.openmes.it.PlantApi.etag;
import static org.openmes.it.PlantApi.id;
import static org.openmes.it.PlantApi.list;
import static org.openmes.it.PlantApi.node;
import static org.openmes.it.PlantApi.read;
import static org.openmes.it.PlantApi.update;
import static org.openmes.it.PlantApi.version;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openmes.it.PlantApi.Chain;

/** The plant REST API doing what it should: every level, reads, lists, updates, the tree, and its rules. */
class PlantRestIT extends MesIntegrationTest {

    // ---- create and read ------------------------------------------------------------------------------

    @Test
    void createsAChainThroughEveryLevelAndReadsItBackWithETags() {
        Chain chain = createChain();
        List<JsonObject> nodes = List.of(chain.enterprise(), chain.site(), chain.area(), chain.line(),
                chain.workCenter(), chain.equipment(), chain.subEquipment());
        List<String> levels = List.of(ENTERPRISES, SITES, AREAS, LINES, WORK_CENTERS, EQUIPMENT, EQUIPMENT);
        List<String> levelNames = List.of("ENTERPRISE", "SITE", "AREA", "PRODUCTION_LINE", "WORK_CENTER",
                "EQUIPMENT", "EQUIPMENT");
        for (int i = 0; i < nodes.size(); i++) {
            JsonObject created = nodes.get(i);
            assertEquals(levelNames.get(i), created.getString("level"), created.toString());
            assertTrue(created.getBoolean("active"), created.toString());
            if (i == 0) {
                assertFalse(created.containsKey("parentId"), "an enterprise has no parent: " + created);
            } else {
                assertEquals(id(nodes.get(i - 1)), created.getJsonNumber("parentId").longValue(), created.toString());
            }
            JsonObject read = read(levels.get(i), id(created));
            assertEquals(created.getString("code"), read.getString("code"));
            assertEquals(created.getString("name"), read.getString("name"));
            assertTrue(read.containsKey("createdAt") && read.containsKey("updatedAt"), read.toString());
        }

        JsonObject capacity = read(WORK_CENTERS, id(chain.workCenter())).getJsonObject("capacity");
        assertDecimal("16", capacity, "hoursPerDay");
        assertDecimal("85", capacity, "efficiencyPercent");
        assertEquals(1, capacity.getInt("maxConcurrentJobs"));
        assertEquals(45, capacity.getInt("averageSetupMinutes"));

        JsonObject spec = read(EQUIPMENT, id(chain.subEquipment())).getJsonObject("equipment");
        assertEquals("CNC mill", spec.getString("equipmentType"));
        assertEquals(4, spec.getInt("criticality"));
        assertDecimal("120", spec, "targetSpeedPerMinute");
        assertDecimal("0.5", spec, "idealCycleTimeSeconds");
    }

    @Test
    void theLocationOfACreatedNodeAddressesIt() {
        String code = "E-" + PlantApi.suffix();
        Http.Response created = PlantApi.post(ENTERPRISES, node(null, code, "Located"));
        assertEquals(201, created.status(), created.body());
        URI location = URI.create(created.header("Location"));
        assertTrue(location.getPath().endsWith("/api/plant/enterprises/" + id(created.json())), location.toString());

        Http.Response fetched = Http.send(HttpRequest.newBuilder(location).header("Accept", "application/json")
                .header("Authorization", "Bearer " + Identities.bearerToken(Identities.ADMIN)));
        assertEquals(200, fetched.status(), fetched.body());
        assertEquals(code, fetched.json().getString("code"));
        assertEquals(created.header("ETag"), fetched.header("ETag"));
    }

    @Test
    void codesAreStoredUpperCase() {
        String suffix = PlantApi.suffix();
        JsonObject enterprise = create(ENTERPRISES, node(null, "e-" + suffix.toLowerCase() + ".x_1", "Lower case"));
        assertEquals("E-" + suffix + ".X_1", enterprise.getString("code"));
        assertEquals("E-" + suffix + ".X_1", read(ENTERPRISES, id(enterprise)).getString("code"));
    }

    @Test
    void aNodeIsNotFoundUnderAnotherLevelsUrl() {
        Chain chain = createChain();
        assertProblem(PlantApi.get(SITES, id(chain.area())), 404, "not-found");
        assertProblem(PlantApi.get(EQUIPMENT, id(chain.workCenter())), 404, "not-found");
    }

    // ---- lists ----------------------------------------------------------------------------------------

    @Test
    void listsOneLevelPagedSortedAndFiltered() {
        Chain chain = createChain();
        long area = id(chain.area());
        String s = chain.suffix();
        // L-<suffix> of the chain is already under the area
        create(LINES, node(area, "BOT-1-" + s, "Bottling one"));
        create(LINES, node(area, "BOT-2-" + s, "Aseptic bottling"));
        create(LINES, node(area, "CAN-1-" + s, "Canning one"));
        create(LINES, node(area, "CAN-2-" + s, "Canning two").add("active", false));
        String all = "parentId=" + area;

        JsonObject everything = list(LINES, all);
        assertEquals(List.of("BOT-1-" + s, "BOT-2-" + s, "CAN-1-" + s, "CAN-2-" + s, "L-" + s), codes(everything),
                "default order is by code");
        assertEquals(5, everything.getInt("total"));
        assertEquals(0, everything.getInt("page"));

        assertEquals(List.of("L-" + s, "CAN-2-" + s, "CAN-1-" + s, "BOT-2-" + s, "BOT-1-" + s),
                codes(list(LINES, all + "&sort=code,desc")));
        assertEquals(List.of("BOT-2-" + s, "BOT-1-" + s, "CAN-1-" + s, "CAN-2-" + s, "L-" + s),
                codes(list(LINES, all + "&sort=name,asc")), "names: Aseptic.., Bottling.., Canning.., Line..");

        JsonObject second = list(LINES, all + "&sort=code,asc&page=1&size=2");
        assertEquals(List.of("CAN-1-" + s, "CAN-2-" + s), codes(second));
        assertEquals(1, second.getInt("page"));
        assertEquals(2, second.getInt("size"));
        assertEquals(5, second.getInt("total"));
        JsonObject third = list(LINES, all + "&sort=code,desc&page=2&size=2");
        assertEquals(List.of("BOT-1-" + s), codes(third));
        assertEquals(5, third.getInt("total"));
        assertEquals(List.of(), codes(list(LINES, all + "&page=3&size=2")), "beyond the last page");

        assertEquals(List.of("CAN-1-" + s, "CAN-2-" + s), codes(list(LINES, all + "&q=canning")),
                "q matches names, case-insensitively");
        assertEquals(List.of("BOT-2-" + s), codes(list(LINES, "q=bot-2-" + s.toLowerCase())),
                "q matches codes across parents");
        assertEquals(List.of("CAN-2-" + s), codes(list(LINES, all + "&active=false")));
        assertEquals(4, list(LINES, all + "&active=true").getInt("total"));
        assertEquals(List.of("CAN-1-" + s), codes(list(LINES, all + "&active=true&q=CAN")));
        assertEquals(List.of("A-" + s), codes(list(AREAS, "parentId=" + id(chain.site()))),
                "the level in the URL filters: areas only");
    }

    @Test
    void theQueryTextIsNotAPattern() {
        Chain chain = createChain();
        create(LINES, node(id(chain.area()), "X_1-" + chain.suffix(), "Hundred % line"));
        create(LINES, node(id(chain.area()), "XY1-" + chain.suffix(), "Plain line"));
        String all = "parentId=" + id(chain.area());
        assertEquals(List.of("X_1-" + chain.suffix()), codes(list(LINES, all + "&q=X_1")), "_ is no wildcard");
        assertEquals(List.of("X_1-" + chain.suffix()), codes(list(LINES, all + "&q=%25")), "% is no wildcard");
    }

    // ---- updates --------------------------------------------------------------------------------------

    @Test
    void updatesWithTheVersionInTheBody() {
        Chain chain = createChain();
        JsonObject before = read(WORK_CENTERS, id(chain.workCenter()));
        JsonObject after = update(WORK_CENTERS, id(before), edit(before)
                .add("name", "Renamed")
                .add("description", "Now with a description")
                .add("capacity", PlantApi.capacity().add("hoursPerDay", 8)));
        assertEquals(version(before) + 1, version(after));
        assertEquals("Renamed", after.getString("name"));

        JsonObject reread = read(WORK_CENTERS, id(before));
        assertEquals("Renamed", reread.getString("name"));
        assertEquals("Now with a description", reread.getString("description"));
        assertDecimal("8", reread.getJsonObject("capacity"), "hoursPerDay");
        assertEquals(version(after), version(reread));
    }

    @Test
    void updatesWithIfMatchWhichWinsOverTheBodyVersion() {
        Chain chain = createChain();
        JsonObject before = read(EQUIPMENT, id(chain.subEquipment()));
        JsonObject after = update(EQUIPMENT, id(before), edit(before)
                        .add("version", version(before) + 41) // wrong, but If-Match wins
                        .add("equipment", PlantApi.spec("Bar feeder", 2)),
                "If-Match", etag(before));
        assertEquals(version(before) + 1, version(after));
        assertEquals(2, read(EQUIPMENT, id(before)).getJsonObject("equipment").getInt("criticality"));

        JsonObject withoutBodyVersion = update(EQUIPMENT, id(before), edit(after).remove("version").add("name", "Feeder"),
                "If-Match", etag(after));
        assertEquals("Feeder", withoutBodyVersion.getString("name"));
    }

    @Test
    void anUnchangedSaveKeepsTheVersion() {
        Chain chain = createChain();
        JsonObject before = read(WORK_CENTERS, id(chain.workCenter()));
        JsonObject after = update(WORK_CENTERS, id(before), edit(before));
        assertEquals(version(before), version(after), "nothing changed, nothing to version");
    }

    @Test
    void movesAWorkCenterFromALineToAnArea() {
        Chain chain = createChain();
        JsonObject moved = update(WORK_CENTERS, id(chain.workCenter()),
                edit(read(WORK_CENTERS, id(chain.workCenter()))).add("parentId", id(chain.area())));
        assertEquals(id(chain.area()), moved.getJsonNumber("parentId").longValue());
        assertEquals(List.of("L-" + chain.suffix(), "WC-" + chain.suffix()),
                childCodes(treeNode(tree(false), id(chain.area())).orElseThrow()), "both now under the area");
    }

    // ---- the tree -------------------------------------------------------------------------------------

    @Test
    void theTreeNestsTheChainInLevelAndCodeOrder() {
        Chain chain = createChain();
        create(SITES, node(id(chain.enterprise()), "A-SITE", "Sorted before S-"));
        create(SITES, node(id(chain.enterprise()), "Z-SITE", "Sorted after S-"));

        JsonObject enterprise = treeNode(tree(false), id(chain.enterprise())).orElseThrow();
        assertEquals("ENTERPRISE", enterprise.getString("level"));
        assertEquals(List.of("A-SITE", "S-" + chain.suffix(), "Z-SITE"), childCodes(enterprise), "children by code");

        JsonObject current = enterprise;
        for (JsonObject expected : List.of(chain.site(), chain.area(), chain.line(), chain.workCenter(),
                chain.equipment(), chain.subEquipment())) {
            JsonObject parent = current;
            JsonObject child = child(parent, id(expected)).orElseThrow(
                    () -> new AssertionError(expected.getString("code") + " not under " + parent.getString("code")));
            assertEquals(expected.getString("code"), child.getString("code"));
            assertEquals(expected.getString("level"), child.getString("level"));
            assertEquals(expected.getString("name"), child.getString("name"));
            assertTrue(child.getBoolean("active"));
            current = child;
        }
        assertEquals(0, current.getJsonArray("children").size(), "sub-equipment is a leaf");
    }

    // ---- delete ---------------------------------------------------------------------------------------

    @Test
    void deletesALeafThenItIsGone() {
        Chain chain = createChain();
        String leaf = PlantApi.path(EQUIPMENT, id(chain.subEquipment()));
        Http.Response deleted = Http.delete(leaf);
        assertEquals(204, deleted.status(), deleted.body());
        assertEquals("", deleted.body());

        assertProblem(Http.get(leaf), 404, "not-found");
        assertProblem(Http.delete(leaf), 404, "not-found");
        assertEquals(List.of(), childCodes(treeNode(tree(false), id(chain.equipment())).orElseThrow()));
    }

    @Test
    void refusesToDeleteANodeWithChildren() {
        Chain chain = createChain();
        assertProblem(Http.delete(PlantApi.path(AREAS, id(chain.area()))), 409, "conflict");
        assertProblem(Http.delete(PlantApi.path(EQUIPMENT, id(chain.equipment()))), 409, "conflict");
        read(AREAS, id(chain.area()));
        read(EQUIPMENT, id(chain.subEquipment()));
    }

    // ---- codes ----------------------------------------------------------------------------------------

    @Test
    void refusesADuplicateCodeAmongSiblingsButAllowsItUnderAnotherParent() {
        Chain chain = createChain();
        String taken = "A-" + chain.suffix();
        assertProblem(PlantApi.post(AREAS, node(id(chain.site()), taken.toLowerCase(), "Twin")), 409, "conflict", "code");

        JsonObject otherSite = create(SITES, node(id(chain.enterprise()), "S2-" + chain.suffix(), "Other site"));
        JsonObject sameCode = create(AREAS, node(id(otherSite), taken, "Same code elsewhere"));
        assertEquals(taken, sameCode.getString("code"));

        JsonObject renamedInto = read(AREAS, id(sameCode));
        assertProblem(PlantApi.put(AREAS, id(sameCode), edit(renamedInto).add("parentId", id(chain.site()))),
                409, "conflict", "code");
    }

    @Test
    void refusesADuplicateEnterpriseCode() {
        String code = "E-" + PlantApi.suffix();
        create(ENTERPRISES, node(null, code, "First"));
        assertProblem(PlantApi.post(ENTERPRISES, node(null, code, "Second")), 409, "conflict", "code");
    }

    // ---- active and inactive --------------------------------------------------------------------------

    @Test
    void deactivatingANodeDeactivatesItsSubtreeAndHidesItFromTheActiveTree() {
        Chain chain = createChain();
        Http.Response deactivated = PlantApi.setActive(AREAS, id(chain.area()), false);
        assertEquals(200, deactivated.status(), deactivated.body());
        assertFalse(deactivated.json().getBoolean("active"));

        assertFalse(read(LINES, id(chain.line())).getBoolean("active"));
        assertFalse(read(WORK_CENTERS, id(chain.workCenter())).getBoolean("active"));
        assertFalse(read(EQUIPMENT, id(chain.equipment())).getBoolean("active"));
        assertFalse(read(EQUIPMENT, id(chain.subEquipment())).getBoolean("active"));
        assertTrue(read(SITES, id(chain.site())).getBoolean("active"), "the parent stays active");

        JsonObject site = treeNode(tree(false), id(chain.site())).orElseThrow();
        assertEquals(List.of(), childCodes(site), "active tree");
        assertTrue(treeNode(tree(false), id(chain.subEquipment())).isEmpty());
        assertTrue(treeNode(Http.get("api/plant/tree").jsonArray(), id(chain.area())).isEmpty(), "default: active only");

        JsonArray all = tree(true);
        JsonObject area = treeNode(all, id(chain.area())).orElseThrow();
        assertFalse(area.getBoolean("active"));
        JsonObject subEquipment = treeNode(all, id(chain.subEquipment())).orElseThrow();
        assertFalse(subEquipment.getBoolean("active"));
    }

    @Test
    void refusesToCreateOrMoveAnActiveNodeUnderAnInactiveParent() {
        Chain chain = createChain();
        JsonObject activeWorkCenter = create(WORK_CENTERS, PlantApi.workCenter(id(chain.area()), "WC2-" + chain.suffix()));
        assertEquals(200, PlantApi.setActive(LINES, id(chain.line()), false).status());

        assertProblem(PlantApi.post(WORK_CENTERS, PlantApi.workCenter(id(chain.line()), "WC3-" + chain.suffix())),
                409, "conflict", "parentId");
        assertProblem(PlantApi.post(EQUIPMENT, PlantApi.equipment(id(chain.subEquipment()), "DEEP-" + chain.suffix())),
                409, "conflict", "parentId");
        assertProblem(PlantApi.put(WORK_CENTERS, id(activeWorkCenter),
                edit(read(WORK_CENTERS, id(activeWorkCenter))).add("parentId", id(chain.line()))), 409, "conflict", "parentId");
        assertEquals(List.of("L-" + chain.suffix()), codes(list(LINES, "parentId=" + id(chain.area()))));
        assertEquals(List.of("WC-" + chain.suffix()), codes(list(WORK_CENTERS, "parentId=" + id(chain.line()))));
    }

    @Test
    void refusesToActivateUnderAnInactiveParentAndAllowsItOnceTheParentIsActive() {
        Chain chain = createChain();
        assertEquals(200, PlantApi.setActive(AREAS, id(chain.area()), false).status());
        assertProblem(PlantApi.setActive(LINES, id(chain.line()), true), 409, "conflict", "active");
        assertFalse(read(LINES, id(chain.line())).getBoolean("active"));

        assertEquals(200, PlantApi.setActive(AREAS, id(chain.area()), true).status());
        assertFalse(read(LINES, id(chain.line())).getBoolean("active"), "children come back one by one");
        assertEquals(200, PlantApi.setActive(LINES, id(chain.line()), true).status());
        assertTrue(read(LINES, id(chain.line())).getBoolean("active"));
    }

    // ---- where a node may hang ------------------------------------------------------------------------

    @Test
    void refusesAParentOfTheWrongLevel() {
        Chain chain = createChain();
        assertProblem(PlantApi.put(WORK_CENTERS, id(chain.workCenter()),
                edit(read(WORK_CENTERS, id(chain.workCenter()))).add("parentId", id(chain.site()))), 409, "conflict", "parentId");
        assertProblem(PlantApi.put(LINES, id(chain.line()),
                edit(read(LINES, id(chain.line()))).add("parentId", id(chain.workCenter()))), 409, "conflict", "parentId");
        assertProblem(PlantApi.post(SITES, node(id(chain.area()), "S-UNDER-AREA", "Wrong level")), 409, "conflict", "parentId");
        assertEquals(id(chain.line()), read(WORK_CENTERS, id(chain.workCenter())).getJsonNumber("parentId").longValue(),
                "the refused move left the work center where it was");
    }

    @Test
    void refusesToMoveEquipmentUnderItselfOrItsOwnSubEquipment() {
        Chain chain = createChain();
        JsonObject deeper = create(EQUIPMENT, PlantApi.equipment(id(chain.subEquipment()), "DEEP-" + chain.suffix()));
        JsonObject equipment = read(EQUIPMENT, id(chain.equipment()));
        for (JsonObject descendant : List.of(chain.subEquipment(), deeper, equipment)) {
            assertProblem(PlantApi.put(EQUIPMENT, id(equipment), edit(equipment).add("parentId", id(descendant))),
                    409, "conflict", "parentId");
        }
        assertEquals(id(chain.workCenter()), read(EQUIPMENT, id(chain.equipment())).getJsonNumber("parentId").longValue());
        assertEquals(version(equipment), version(read(EQUIPMENT, id(chain.equipment()))), "nothing changed");
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static JsonArray tree(boolean includeInactive) {
        Http.Response tree = Http.get("api/plant/tree?includeInactive=" + includeInactive);
        assertEquals(200, tree.status(), tree.body());
        return tree.jsonArray();
    }

    /** The node with this id anywhere in the forest. */
    private static Optional<JsonObject> treeNode(JsonArray forest, long id) {
        for (JsonValue value : forest) {
            JsonObject node = value.asJsonObject();
            if (id(node) == id) {
                return Optional.of(node);
            }
            Optional<JsonObject> below = treeNode(node.getJsonArray("children"), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> child(JsonObject parent, long id) {
        return parent.getJsonArray("children").stream().map(JsonValue::asJsonObject).filter(c -> id(c) == id).findFirst();
    }

    private static List<String> childCodes(JsonObject node) {
        return node.getJsonArray("children").stream().map(c -> c.asJsonObject().getString("code")).toList();
    }
}
