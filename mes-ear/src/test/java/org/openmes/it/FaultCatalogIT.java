package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

/**
 * The fault catalog through REST: what a bit of an equipment's FAULT_WORD means, one entry per equipment and bit and
 * per equipment and code, edited with its version. The demo bagger's catalog knows the simulator's jam.
 */
class FaultCatalogIT extends MesIntegrationTest {

    @Test
    void theDemoBaggersJamBitIsAFilmJamBookedAsUnplannedDowntimeWithAHighAndon() {
        long casePacker = PlantApi.id(PlantApi.list(PlantApi.EQUIPMENT, "q=P1-CASEPACKER").getJsonArray("items").getJsonObject(0));
        JsonObject jam = AsCaller.expect(200, "viewer", "GET", faults(casePacker) + "/3", null);
        assertEquals("JAM", jam.getString("code"));
        assertEquals("UNPLANNED", jam.getString("downtimeCategory"));
        assertEquals("HIGH", jam.getString("andonPriority"));
        assertEquals("STOP", jam.getString("severity"));
    }

    @Test
    void anEntryIsCreatedChangedWithItsVersionAndDeleted() {
        long equipment = PlantApi.id(PlantApi.createChain().equipment());
        Http.Response created = Http.post(faults(equipment), entry(7, "jam").build().toString());
        assertEquals(201, created.status(), created.body());
        assertEquals("JAM", created.json().getString("code"), "codes are upper case");
        assertEquals(PlantApi.etag(created.json()), created.header("ETag"));

        JsonObject changed = Http.put(faults(equipment) + "/7", entry(7, "JAM").add("downtimeCategory", "MAINTENANCE").build()
                .toString(), "If-Match", created.header("ETag")).json();
        assertEquals("MAINTENANCE", changed.getString("downtimeCategory"));
        assertProblem(Http.put(faults(equipment) + "/7", entry(7, "JAM").add("version", PlantApi.version(created.json()))
                .build().toString()), 409, "stale-version", "version");

        assertEquals(204, Http.delete(faults(equipment) + "/7").status());
        assertProblem(Http.get(faults(equipment) + "/7"), 404, "not-found");
    }

    @Test
    void aBitOrCodeTheEquipmentHasAlreadyIsAConflictNamingTheField() {
        long equipment = PlantApi.id(PlantApi.createChain().equipment());
        assertEquals(201, Http.post(faults(equipment), entry(63, "BATTERY").build().toString()).status());
        assertProblem(Http.post(faults(equipment), entry(63, "OTHER").build().toString()), 409, "conflict", "bit");
        assertProblem(Http.post(faults(equipment), entry(62, "BATTERY").build().toString()), 409, "conflict", "code");
        assertEquals(1, Http.get(faults(equipment)).jsonArray().size());
    }

    @Test
    void aBitOutsideTheFaultWordOrANodeThatIsNotEquipmentIsRefused() {
        PlantApi.Chain chain = PlantApi.createChain();
        assertProblem(Http.post(faults(PlantApi.id(chain.equipment())), entry(64, "X").build().toString()), 400, "invalid-input", "bit");
        assertProblem(Http.post(faults(PlantApi.id(chain.equipment())), entry(1, "X").remove("andonPriority").build().toString()), 400, "invalid-input", "andonPriority");
        assertProblem(Http.post(faults(PlantApi.id(chain.line())), entry(1, "X").build().toString()), 400, "invalid-input", "equipmentId");
        assertProblem(Http.get(faults(987654321L)), 404, "not-found");
    }

    private static String faults(long equipmentId) {
        return "api/telemetry/equipment/" + equipmentId + "/faults";
    }

    private static JsonObjectBuilder entry(int bit, String code) {
        return Json.createObjectBuilder().add("bit", bit).add("code", code).add("text", "Fault " + code)
                .add("severity", "STOP").add("downtimeCategory", "UNPLANNED").add("andonPriority", "HIGH");
    }
}
