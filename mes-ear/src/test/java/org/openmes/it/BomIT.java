package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.PartApi.addLine;
import static org.openmes.it.PartApi.id;
import static org.openmes.it.PartApi.line;
import static org.openmes.it.PartApi.postLine;
import static org.openmes.it.PartApi.variant;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Multi-level BOMs over REST: explosion, where-used, and the refusals of cycles, variants and obsolete parts. */
class BomIT extends MesIntegrationTest {

    @Test
    void aThreeLevelBomExplodesWithScrapAndIsFoundWhereUsed() {
        JsonObject pump = PartApi.createMade("PUMP");
        JsonObject housing = PartApi.createMade("HOUSING");
        JsonObject steel = PartApi.createBought("STEEL", "KG");
        JsonObject bolt = PartApi.createBought("BOLT", "EA");
        addLine(id(pump), line(10, id(housing), "2").add("scrapPercent", 10));
        addLine(id(pump), line(20, id(bolt), "3"));
        addLine(id(housing), line(10, id(steel), "1.5"));

        JsonObject explosion = AsCaller.expect(200, Identities.ADMIN, "GET", "api/parts/" + id(pump) + "/bom/explosion?quantity=10", null);
        assertEquals(2, explosion.getInt("depth"));
        List<String> rows = explosion.getJsonArray("rows").stream().map(r -> r.asJsonObject().getInt("level") + ":"
                + r.asJsonObject().getString("partNumber") + "=" + decimal(r.asJsonObject(), "extendedQuantity")).toList();
        assertEquals(List.of("1:" + number(housing) + "=22", "2:" + number(steel) + "=33", "1:" + number(bolt) + "=30"), rows);
        assertEquals(2, explosion.getJsonArray("requirements").size());

        JsonObject direct = AsCaller.expect(200, Identities.ADMIN, "GET", "api/parts/" + id(steel) + "/bom/explosion", null);
        assertEquals(0, direct.getJsonArray("rows").size());
        List<String> usedIn = Http.get("api/parts/" + id(steel) + "/where-used?allLevels=true").jsonArray().stream()
                .map(r -> r.asJsonObject().getInt("level") + ":" + r.asJsonObject().getString("parentNumber")).toList();
        assertEquals(List.of("1:" + number(housing), "2:" + number(pump)), usedIn);
        assertEquals(1, Http.get("api/parts/" + id(steel) + "/where-used").jsonArray().size());
    }

    @Test
    void aPartContainingItselfAtAnyDepthIsRefusedNamingThePath() {
        JsonObject top = PartApi.createMade("TOP");
        JsonObject middle = PartApi.createMade("MID");
        JsonObject bottom = PartApi.createMade("BOT");
        addLine(id(top), line(10, id(middle), "1"));
        addLine(id(middle), line(10, id(bottom), "1"));

        JsonObject problem = assertProblem(postLine(id(bottom), line(10, id(top), "1")), 409, "conflict", "componentId");
        String detail = problem.getString("detail");
        String path = number(bottom) + " rev. A → " + number(top) + " rev. A → " + number(middle) + " rev. A → "
                + number(bottom) + " rev. A";
        assertTrue(detail.contains(path), detail);
        assertProblem(postLine(id(top), line(20, id(top), "1")), 409, "conflict", "componentId");

        // a variant material closes a cycle as well
        JsonObject other = PartApi.createMade("ALT");
        problem = assertProblem(postLine(id(bottom), line(10, id(other), "1").add("variants", Json.createArrayBuilder()
                .add(variant(id(other), "50", true)).add(variant(id(middle), "50", false)))), 409, "conflict", "variants[1].materialId");
        assertTrue(problem.getString("detail").contains("would make a cycle"), problem.getString("detail"));
        assertEquals(0, Http.get("api/parts/" + id(bottom) + "/bom").jsonArray().size(), "nothing was added");
    }

    @Test
    void variantsInAnotherUnitTwiceOrOverweightAreRefusedNamingTheField() {
        JsonObject frame = PartApi.createMade("FRAME");
        JsonObject tubeA = PartApi.createBought("TUBE", "M");
        JsonObject tubeB = PartApi.createBought("TUBE", "M");
        JsonObject sheet = PartApi.createBought("SHEET", "M2");

        JsonObject problem = assertProblem(postLine(id(frame), line(10, id(tubeA), "3").add("variants", Json.createArrayBuilder()
                .add(variant(id(tubeA), "50", true)).add(variant(id(sheet), "10", false)))), 400, "invalid-input", "variants[1].materialId");
        assertTrue(problem.getString("detail").contains("counted in M2 but the line requires M"), problem.getString("detail"));
        assertProblem(postLine(id(frame), line(10, id(tubeA), "3").add("variants", Json.createArrayBuilder()
                .add(variant(id(tubeA), "60", true)).add(variant(id(tubeB), "40.5", false)))), 400, "invalid-input", "variants");
        assertProblem(postLine(id(frame), line(10, id(tubeA), "3").add("variants", Json.createArrayBuilder()
                .add(variant(id(tubeA), "10", true)).add(variant(id(tubeA), "10", false)))), 400, "invalid-input", "variants[1].materialId");
        assertProblem(postLine(id(frame), line(10, id(tubeA), "3").add("unitOfMeasure", "KG")), 400, "invalid-input", "unitOfMeasure");

        JsonObject added = addLine(id(frame), line(10, id(tubeA), "3").add("variantSelection", "WEIGHTED")
                .add("variants", Json.createArrayBuilder().add(variant(id(tubeA), "70", true)).add(variant(id(tubeB), "30", false))));
        assertEquals(2, added.getJsonArray("variants").size());
        String change = line(10, id(tubeA), "3.5").add("version", added.getInt("version")).add("variantSelection", "WEIGHTED")
                .add("variants", Json.createArrayBuilder().add(variant(id(tubeA), "70", false)).add(variant(id(tubeB), "30", true)))
                .build().toString();
        Http.Response changed = Http.put("api/parts/" + id(frame) + "/bom/lines/" + id(added), change);
        assertEquals(200, changed.status(), changed.body());
        assertTrue(changed.json().getInt("version") > added.getInt("version"));
        assertProblem(Http.put("api/parts/" + id(frame) + "/bom/lines/" + id(added), change), 409, "stale-version", "version");
    }

    @Test
    void obsoletePartsGoIntoNoNewLineAndANewRevisionCopiesBomAndRouting() {
        JsonObject assembly = PartApi.createMade("ASM");
        JsonObject old = PartApi.createBought("OLD", "EA");
        JsonObject current = PartApi.createBought("CUR", "EA");
        Http.Response obsolete = Http.put("api/parts/" + id(old), PartApi.draft(old).add("status", "OBSOLETE")
                .add("version", old.getInt("version")).build().toString());
        assertEquals(200, obsolete.status(), obsolete.body());
        JsonObject problem = assertProblem(postLine(id(assembly), line(10, id(old), "1")), 409, "conflict", "componentId");
        assertTrue(problem.getString("detail").contains("obsolete"), problem.getString("detail"));

        addLine(id(assembly), line(10, id(current), "2").add("scrapPercent", 5));
        AsCaller.expect(201, Identities.ADMIN, "POST", "api/parts/" + id(assembly) + "/routing", null);
        assertProblem(Http.put("api/parts/" + id(current), PartApi.draft(current).add("unitOfMeasure", "SET")
                .add("version", current.getInt("version")).build().toString()), 409, "conflict", "unitOfMeasure");

        JsonObject revisionB = AsCaller.expect(201, Identities.ADMIN, "POST", "api/parts/" + id(assembly) + "/revisions",
                "{\"revision\":\"B\"}");
        assertEquals("B", revisionB.getString("revision"));
        JsonObject copiedLine = Http.get("api/parts/" + id(revisionB) + "/bom").jsonArray().getJsonObject(0);
        assertEquals(id(current), copiedLine.getJsonNumber("componentId").longValue());
        assertEquals("5", decimal(copiedLine, "scrapPercent"));
        assertEquals(200, Http.get("api/parts/" + id(revisionB) + "/routing").status());
        assertProblem(Http.post("api/parts/" + id(assembly) + "/revisions", "{\"revision\":\"b\"}"), 409, "conflict", "revision");
    }

    @Test
    void theDemoPumpHasAThreeLevelBomAndRoutingsShownOnItsPage() {
        JsonObject pump = AsCaller.expect(200, Identities.ADMIN, "GET", "api/parts/lookup?partNumber=P-1000&revision=A", null);
        JsonObject explosion = AsCaller.expect(200, Identities.ADMIN, "GET", "api/parts/" + id(pump) + "/bom/explosion", null);
        assertEquals(3, explosion.getInt("depth"));
        JsonObject routing = AsCaller.expect(200, Identities.ADMIN, "GET", "api/parts/" + id(pump) + "/routing", null);
        assertEquals("Assembly only", routing.getString("templateName"));
        List<String> templates = Http.get("api/routing-templates").jsonArray().stream()
                .map(t -> t.asJsonObject().getString("name")).toList();
        assertTrue(templates.containsAll(List.of("Standard machining", "Assembly only", "Rush")), templates.toString());

        Http.Response page = Http.send(Http.request("part.xhtml?id=" + id(pump)).header("Accept", "text/html")
                .header("Cookie", BrowserSignOn.cookies(Identities.ADMIN)));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("id=\"bomTree\""), "the BOM tree");
        assertTrue(page.body().contains("HSG-200 rev. A"), "the first level");
        assertTrue(page.body().contains("Leak test and marking"), "the routing");
        Http.Response list = Http.send(Http.request("parts.xhtml").header("Accept", "text/html")
                .header("Cookie", BrowserSignOn.cookies(Identities.ADMIN)));
        assertEquals(200, list.status());
        assertTrue(list.body().contains("id=\"partsTable\""), "the parts table");
    }

    private static String number(JsonObject part) {
        return part.getString("partNumber");
    }

    private static String decimal(JsonObject object, String name) {
        return new BigDecimal(object.getJsonNumber(name).toString()).stripTrailingZeros().toPlainString();
    }
}
