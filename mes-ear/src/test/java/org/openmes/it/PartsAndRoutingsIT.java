package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.PartApi.id;
import static org.openmes.it.PartApi.operation;
import static org.openmes.it.PartApi.operations;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The part master and routings over REST: rules, versions and refusals naming the field. */
class PartsAndRoutingsIT extends MesIntegrationTest {

    @Test
    void aPartIsCreatedFoundByNumberAndRevisionAndUpdatedWithItsVersion() {
        JsonObject part = PartApi.createMade("PH");
        String number = part.getString("partNumber");
        assertEquals("A", part.getString("revision"));
        assertEquals("ACTIVE", part.getString("status"));

        Http.Response found = Http.get("api/parts/lookup?partNumber=" + number.toLowerCase() + "&revision=a");
        assertEquals(200, found.status(), found.body());
        assertEquals(id(part), id(found.json()));
        PartApi.assertEtag(found);

        assertProblem(Http.post("api/parts", PartApi.draft(part).build().toString()), 409, "conflict", "revision");
        JsonObject revisionB = PartApi.create(PartApi.part("X", "EA", "MAKE").add("partNumber", number).add("revision", "B"));
        assertNotEquals(id(part), id(revisionB));

        String edit = PartApi.draft(part).add("version", part.getInt("version")).add("description", "Pump housing, cast").add("status", "OBSOLETE")
                .build().toString();
        Http.Response updated = Http.put("api/parts/" + id(part), edit);
        assertEquals(200, updated.status(), updated.body());
        assertEquals("OBSOLETE", updated.json().getString("status"));
        assertEquals("Pump housing, cast", updated.json().getString("description"));
        assertTrue(updated.json().getInt("version") > part.getInt("version"));
        assertProblem(Http.put("api/parts/" + id(part), edit), 409, "stale-version", "version");
        assertProblem(Http.put("api/parts/" + id(part), PartApi.draft(updated.json()).add("revision", "C")
                .build().toString(), "If-Match", "\"" + updated.json().getInt("version") + "\""), 400, "invalid-input", "revision");
    }

    @Test
    void thePartListFiltersByTextStatusAndFamilyAndPages() {
        String family = "Family-" + PlantApi.suffix();
        for (int i = 0; i < 3; i++) {
            PartApi.create(PartApi.part("LST", "KG", "BUY").add("productFamily", family));
        }
        JsonObject page = AsCaller.expect(200, Identities.ADMIN, "GET",
                "api/parts?productFamily=" + family + "&makeOrBuy=buy&status=ACTIVE&size=2&sort=partNumber,desc", null);
        assertEquals(3, page.getInt("total"));
        List<String> numbers = page.getJsonArray("items").stream().map(p -> p.asJsonObject().getString("partNumber")).toList();
        assertEquals(2, numbers.size());
        assertTrue(numbers.get(0).compareTo(numbers.get(1)) > 0, numbers.toString());
        assertProblem(Http.get("api/parts?status=GONE"), 400, "malformed-request", "status");
        assertProblem(Http.get("api/parts?sort=colour"), 400, "invalid-input", "sort");
    }

    @Test
    void aRoutingCreatedFromATemplateIsEditedWithoutChangingTheTemplate() {
        PlantApi.Chain plant = PlantApi.createChain();
        long workCenter = PlantApi.id(plant.workCenter());
        JsonObject template = PartApi.createTemplate("Machining " + plant.suffix(), operations(
                operation(20, "Finish turn", workCenter, "15", "2.5"), operation(10, "Rough mill", workCenter, "30", "4")));
        JsonObject part = PartApi.createMade("RT");

        assertEquals(404, Http.get("api/parts/" + id(part) + "/routing").status());
        JsonObject routing = AsCaller.expect(201, Identities.ADMIN, "POST",
                "api/parts/" + id(part) + "/routing?templateId=" + id(template), null);
        assertEquals(id(template), routing.getJsonNumber("templateId").longValue());
        assertEquals(List.of(10, 20), sequences(routing));
        assertEquals("WC-" + plant.suffix(), routing.getJsonArray("operations").getJsonObject(0).getString("workCenterCode"));
        assertProblem(Http.post("api/parts/" + id(part) + "/routing", ""), 409, "conflict", "partId");

        String change = Json.createObjectBuilder().add("version", routing.getInt("version")).add("operations", operations(
                operation(10, "Rough mill", workCenter, "30", "3.5"), operation(30, "Inspect", workCenter, "0", "1")
                        .add("qualityCheck", true))).build().toString();
        Http.Response changed = Http.put("api/parts/" + id(part) + "/routing", change);
        assertEquals(200, changed.status(), changed.body());
        PartApi.assertEtag(changed);
        assertEquals(List.of(10, 30), sequences(changed.json()));
        assertTrue(changed.json().getInt("version") > routing.getInt("version"), "the routing's version moves with its operations");
        assertTrue(changed.json().getJsonArray("operations").getJsonObject(1).getBoolean("qualityCheck"));
        assertProblem(Http.put("api/parts/" + id(part) + "/routing", change), 409, "stale-version", "version");

        JsonObject templateNow = AsCaller.expect(200, Identities.ADMIN, "GET", "api/routing-templates/" + id(template), null);
        assertEquals(List.of(10, 20), sequences(templateNow));
        assertEquals(template.getInt("version"), templateNow.getInt("version"));
    }

    @Test
    void badOperationsAndPartsWithoutRoutingAreRefusedNamingTheField() {
        PlantApi.Chain plant = PlantApi.createChain();
        long workCenter = PlantApi.id(plant.workCenter());
        assertProblem(Http.post("api/routing-templates", Json.createObjectBuilder().add("name", "Twice " + plant.suffix())
                .add("operations", operations(operation(10, "Saw", workCenter, "5", "1"), operation(10, "Drill", workCenter, "5", "1")))
                .build().toString()), 400, "invalid-input", "operations[1].sequence");
        assertProblem(Http.post("api/routing-templates", Json.createObjectBuilder().add("name", "Area " + plant.suffix())
                .add("operations", operations(operation(10, "Saw", PlantApi.id(plant.area()), "5", "1")))
                .build().toString()), 400, "invalid-input", "operations[0].workCenterId");
        assertProblem(Http.post("api/routing-templates", Json.createObjectBuilder().add("name", "Negative " + plant.suffix())
                .add("operations", operations(operation(10, "Saw", workCenter, "-5", "1")))
                .build().toString()), 400, "invalid-input", "operations[0].setupMinutes");

        JsonObject bought = PartApi.createBought("BB", "EA");
        assertProblem(Http.post("api/parts/" + id(bought) + "/routing", ""), 409, "conflict", "partId");
        assertProblem(Http.post("api/parts/987654321/routing", ""), 404, "not-found");
    }

    private static List<Integer> sequences(JsonObject routing) {
        return routing.getJsonArray("operations").stream().map(o -> o.asJsonObject().getInt("sequence")).toList();
    }
}
