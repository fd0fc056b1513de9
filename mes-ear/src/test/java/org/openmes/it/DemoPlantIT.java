package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.PlantApi.AREAS;
import static org.openmes.it.PlantApi.ENTERPRISES;
import static org.openmes.it.PlantApi.EQUIPMENT;
import static org.openmes.it.PlantApi.LINES;
import static org.openmes.it.PlantApi.SITES;
import static org.openmes.it.PlantApi.WORK_CENTERS;
import static org.openmes.it.PlantApi.assertDecimal;
import static org.openmes.it.PlantApi.codes;
import static org.openmes.it.PlantApi.id;
import static org.openmes.it.PlantApi.list;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo plant (mes.demo-data.enabled is on in the test server) is there, and loading it is idempotent:
 * every test class deploys the EAR again, and the application is restarted here once more.
 */
class DemoPlantIT extends MesIntegrationTest {
    private static final String SKIPPED = "Demo plant not loaded: the plant model already has an enterprise";

    @Test
    void acmesPlantHasItsAreasWorkCentersAndEquipment() {
        JsonObject acme = theOneAcme();
        JsonObject plant1 = only(list(SITES, "parentId=" + id(acme)), "PLANT-1");
        assertTrue(codes(list(AREAS, "parentId=" + id(plant1))).containsAll(List.of("ASSEMBLY", "MACHINING", "PACKAGING")));

        JsonObject machining = only(list(AREAS, "parentId=" + id(plant1)), "MACHINING");
        JsonObject capacity = only(list(WORK_CENTERS, "parentId=" + id(machining)), "CNC-01").getJsonObject("capacity");
        assertDecimal("16", capacity, "hoursPerDay");
        assertDecimal("85", capacity, "efficiencyPercent");
        assertEquals(1, capacity.getInt("maxConcurrentJobs"));
        assertEquals(45, capacity.getInt("averageSetupMinutes"));

        JsonObject packaging = only(list(AREAS, "parentId=" + id(plant1)), "PACKAGING");
        JsonObject line = only(list(LINES, "parentId=" + id(packaging)), "LINE-P1");
        JsonObject filler = only(list(EQUIPMENT, "parentId=" + id(line)), "P1-FILLER").getJsonObject("equipment");
        assertEquals("Filler", filler.getString("equipmentType"));
        assertEquals(5, filler.getInt("criticality"));
        assertDecimal("300", filler, "targetSpeedPerMinute");
    }

    @Test
    void startingTheApplicationAgainDoesNotLoadTheDemoPlantTwice() {
        JsonObject acme = theOneAcme();
        int plantSize = subtreeSize(acme);
        int skippedBefore = LibertyServer.countInLog(SKIPPED);

        LibertyServer.restartApplication();

        assertEquals(skippedBefore + 1, LibertyServer.countInLog(SKIPPED), "the loader ran again and found the plant");
        JsonObject acmeAfter = theOneAcme();
        assertEquals(id(acme), id(acmeAfter));
        assertEquals(PlantApi.version(acme), PlantApi.version(acmeAfter), "untouched");
        assertEquals(plantSize, subtreeSize(acmeAfter));
        assertTrue(LibertyServer.countInLog("Demo plant loaded:") <= 1, "loaded at most once since the server started");
    }

    /** Exactly one enterprise has the code ACME, in the list and in the tree. */
    private static JsonObject theOneAcme() {
        JsonObject acme = only(list(ENTERPRISES, "q=ACME&size=500"), "ACME");
        long roots = Http.get("api/plant/tree").jsonArray().stream()
                .filter(root -> "ACME".equals(root.asJsonObject().getString("code"))).count();
        assertEquals(1, roots, "ACME roots in the tree");
        return acme;
    }

    /** The one item of a list answer with this code. */
    private static JsonObject only(JsonObject page, String code) {
        List<JsonObject> matches = page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> code.equals(item.getString("code"))).toList();
        assertEquals(1, matches.size(), () -> "exactly one " + code + " in " + page);
        return matches.get(0);
    }

    /** Nodes in the subtree of an enterprise, itself included, inactive ones too. */
    private static int subtreeSize(JsonObject enterprise) {
        JsonObject root = Http.get("api/plant/tree?includeInactive=true").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(node -> id(node) == id(enterprise)).findFirst().orElseThrow();
        return count(root);
    }

    private static int count(JsonObject node) {
        return 1 + node.getJsonArray("children").stream().mapToInt(child -> count(child.asJsonObject())).sum();
    }
}
