package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.ExecutionApi.step;
import static org.openmes.it.ExecutionApi.stepOk;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pre-start gate: a job starts only when the current version of its line's checklist is filled in within the
 * blocking limits and signed at the kiosk with the operator's PIN (and reviewed by a second person where the
 * checklist asks for it); a new version asks for the checklist again, and old versions keep their items.
 */
class ChecklistIT extends MesIntegrationTest {
    private static final String PHOTO_PNG = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

    @Test
    void aJobStartsOnlyOnceItsChecklistIsWithinLimitsSignedAndReviewed() {
        PlantApi.Chain chain = PlantApi.createChain();
        String suffix = chain.suffix();
        JsonObject template = define(PlantApi.id(chain.line()), "Line start-up", true);
        long job = acceptedJob(chain, "op-" + suffix.toLowerCase());

        JsonObject unfilled = Problems.assertProblem(step("admin", job, "start", null), 409, "conflict", "checklist");
        assertTrue(unfilled.getString("detail").contains("Line start-up v1 (not filled in)"), unfilled.toString());

        JsonObject tooHigh = fillIn(job, template, 8.2);
        assertTrue(tooHigh.getBoolean("blocksStart"), tooHigh.toString());
        TestBrowser kiosk = Kiosks.enrolledKiosk("K-" + suffix);
        Kiosks.badge("B-" + suffix, "op-" + suffix.toLowerCase(), "Checklist Operator");
        Kiosks.badge("R-" + suffix, "lead-" + suffix.toLowerCase(), "Shift Lead");
        sign(kiosk, "B-" + suffix, tooHigh.getJsonNumber("completionId").longValue(), "PERFORMED");
        JsonObject blocked = Problems.assertProblem(step("admin", job, "start", null), 409, "conflict", "checklist");
        assertTrue(blocked.getString("detail").contains("answers out of limits"), blocked.toString());

        long completion = fillIn(job, template, 6.1).getJsonNumber("completionId").longValue();
        JsonObject unsigned = Problems.assertProblem(step("admin", job, "start", null), 409, "conflict", "checklist");
        assertTrue(unsigned.getString("detail").contains("not signed, not reviewed"), unsigned.toString());
        sign(kiosk, "B-" + suffix, completion, "PERFORMED");
        sign(kiosk, "B-" + suffix, completion, "REVIEWED");
        JsonObject selfReviewed = Problems.assertProblem(step("admin", job, "start", null), 409, "conflict", "checklist");
        assertTrue(selfReviewed.getString("detail").contains("not reviewed"), "the performer cannot review: " + selfReviewed);
        sign(kiosk, "R-" + suffix, completion, "REVIEWED");

        JsonObject progress = Http.get(ExecutionApi.JOBS + "/" + job + "/checklists").jsonArray().getJsonObject(0);
        assertTrue(progress.getBoolean("satisfied"), progress.toString());
        assertEquals("IN_PROGRESS", stepOk("admin", job, "start", null).getString("status"));
    }

    @Test
    void aNewVersionAsksForTheChecklistAgainAndTheOldVersionKeepsItsItems() {
        PlantApi.Chain chain = PlantApi.createChain();
        long line = PlantApi.id(chain.line());
        JsonObject first = define(line, "Guarding", false);
        long job = acceptedJob(chain, "op-" + chain.suffix().toLowerCase());
        assertFalse(fillIn(job, first, 6.0).getBoolean("blocksStart"));

        JsonObject second = define(PlantApi.id(chain.equipment()), "Filler check", false);
        JsonObject third = define(line, "Guarding, revised", false);
        assertEquals(2, third.getInt("templateVersion"));
        JsonArray versions = Http.get("api/checklist-templates?scopeNodeId=" + line).jsonArray();
        assertEquals(2, versions.size());
        JsonObject old = Http.get("api/checklist-templates/" + first.getJsonNumber("id")).json();
        assertFalse(old.getBoolean("current"));
        assertEquals(itemIds(first), itemIds(old), "the old version keeps its items");

        JsonArray checklists = Http.get(ExecutionApi.JOBS + "/" + job + "/checklists").jsonArray();
        assertEquals(2, checklists.size(), "the line's and its equipment's: " + checklists);
        assertTrue(checklists.stream().allMatch(c -> !c.asJsonObject().containsKey("completionId")), "v1's answers do not count for v2: " + checklists);
        Problems.assertProblem(fillInResponse(job, first, 6.0), 409, "conflict", "templateId");
        assertEquals(second.getJsonNumber("id"), checklists.getJsonObject(0).getJsonObject("template").getJsonNumber("id"));
    }

    @Test
    void anAnswerOutOfLimitsRaisesAQualityAndonWhereTheItemSaysSoAndTheJobMayStart() {
        PlantApi.Chain chain = PlantApi.createChain();
        long line = PlantApi.id(chain.line());
        Http.Response created = Http.post("api/checklist-templates", Json.createObjectBuilder().add("scopeNodeId", line).add("name", "Sealing")
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "NUMBER").add("label", "Jaw temperature")
                        .add("required", true).add("min", 150).add("max", 180).add("onViolation", "ANDON"))).build().toString());
        assertEquals(201, created.status(), created.body());
        JsonObject template = created.json();
        long job = acceptedJob(chain, "op-" + chain.suffix().toLowerCase());
        JsonObject filled = AsCaller.expect(200, "operator", "POST", ExecutionApi.JOBS + "/" + job + "/checklists/" + template.getJsonNumber("id"),
                Json.createObjectBuilder().add("answers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("itemId", template.getJsonArray("items").getJsonObject(0).getJsonNumber("id")).add("number", 195))).build().toString());
        assertFalse(filled.getBoolean("blocksStart"), filled.toString());

        JsonObject call = Http.get("api/andon/calls?lineId=" + line).jsonArray().getJsonObject(0);
        assertEquals("QUALITY", call.getString("kind"));
        assertEquals("CHECKLIST", call.getString("source"));
        assertEquals("operator", call.getString("raisedBy"));
        assertTrue(call.getString("description").contains("'Jaw temperature' = 195"), call.toString());
    }

    @Test
    void answersAreCheckedAgainstTheItems() {
        PlantApi.Chain chain = PlantApi.createChain();
        JsonObject template = define(PlantApi.id(chain.line()), "Checked answers", false);
        long job = acceptedJob(chain, "op-" + chain.suffix().toLowerCase());
        JsonArray items = template.getJsonArray("items");
        String missingGuard = Json.createObjectBuilder().add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("itemId", items.getJsonObject(1).getJsonNumber("id")).add("number", 6))).build().toString();
        Problems.assertProblem(Http.post(ExecutionApi.JOBS + "/" + job + "/checklists/" + template.getJsonNumber("id"), missingGuard),
                400, "invalid-input", "answers.item1");
        String bigPhoto = Base64.getEncoder().encodeToString(new byte[600_000]);
        Problems.assertProblem(Http.post(ExecutionApi.JOBS + "/" + job + "/checklists/" + template.getJsonNumber("id"),
                answers(template, 6.0, "A", bigPhoto).toString()), 400, "invalid-input", "photoBase64");
        Problems.assertProblem(Http.post(ExecutionApi.JOBS + "/" + job + "/checklists/" + template.getJsonNumber("id"),
                answers(template, 6.0, "C", PHOTO_PNG).toString()), 400, "invalid-input", "answers.item3");
        Problems.assertProblem(Http.post("api/checklist-templates", Json.createObjectBuilder().add("scopeNodeId", PlantApi.id(chain.line()))
                .add("name", "Bad").add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "TEXT").add("label", "x")
                        .add("min", 1))).build().toString()), 400, "invalid-input", "items[0].min");
    }

    /** A checklist: guards closed (required tick), air pressure 5.5–7.0 bar blocking, film type A/B, a photo, optionally a review. */
    private static JsonObject define(long scope, String name, boolean review) {
        JsonArrayBuilder items = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "CHECKBOX").add("label", "Guards closed").add("required", true))
                .add(Json.createObjectBuilder().add("kind", "NUMBER").add("label", "Air pressure (bar)").add("required", true)
                        .add("min", 5.5).add("max", 7.0).add("onViolation", "BLOCK"))
                .add(Json.createObjectBuilder().add("kind", "SELECT").add("label", "Film type").add("required", true)
                        .add("options", Json.createArrayBuilder().add("A").add("B")))
                .add(Json.createObjectBuilder().add("kind", "PHOTO").add("label", "Sealing jaws"));
        if (review) {
            items.add(Json.createObjectBuilder().add("kind", "SIGNATURE").add("label", "Shift lead review"));
        }
        Http.Response created = Http.post("api/checklist-templates", Json.createObjectBuilder().add("scopeNodeId", scope).add("name", name)
                .add("items", items).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static List<String> itemIds(JsonObject template) {
        return template.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id") + " " + i.asJsonObject().getString("label"))
                .toList();
    }

    private static long acceptedJob(PlantApi.Chain chain, String operator) {
        Instant start = ExecutionApi.freeWindowStart();
        long job = ExecutionApi.assign(ExecutionApi.plan(PlantApi.id(chain.line()), "CHECKED", start, start.plus(Duration.ofHours(1))), operator);
        stepOk("admin", job, "accept", null);
        return job;
    }

    private static JsonObject answers(JsonObject template, double pressure, String film, String photo) {
        JsonArray items = template.getJsonArray("items");
        return Json.createObjectBuilder().add("answers", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("itemId", items.getJsonObject(0).getJsonNumber("id")).add("checked", true))
                .add(Json.createObjectBuilder().add("itemId", items.getJsonObject(1).getJsonNumber("id")).add("number", pressure))
                .add(Json.createObjectBuilder().add("itemId", items.getJsonObject(2).getJsonNumber("id")).add("text", film))
                .add(Json.createObjectBuilder().add("itemId", items.getJsonObject(3).getJsonNumber("id")).add("photoBase64", photo)
                        .add("photoContentType", "image/png"))).build();
    }

    private static Http.Response fillInResponse(long job, JsonObject template, double pressure) {
        return AsCaller.send("operator", "POST", ExecutionApi.JOBS + "/" + job + "/checklists/" + template.getJsonNumber("id"),
                answers(template, pressure, "A", PHOTO_PNG).toString());
    }

    private static JsonObject fillIn(long job, JsonObject template, double pressure) {
        Http.Response filled = fillInResponse(job, template, pressure);
        assertEquals(200, filled.status(), filled.body());
        return filled.json();
    }

    /**
     * Signs the filled-in checklist at the kiosk as the holder of {@code badge}, with the PIN, then signs out (the test
     * server signs an idle kiosk out after 10 s, so every signing starts with its own sign-in).
     */
    private static void sign(TestBrowser kiosk, String badge, long completion, String meaning) {
        HttpResponse<String> signedIn = Kiosks.signIn(kiosk, badge, Kiosks.PIN);
        assertTrue(signedIn.uri().getPath().endsWith("/kiosk/index.xhtml"), signedIn.body());
        String page = "kiosk/sign.xhtml?recordType=ChecklistCompletion&recordId=" + completion;
        HttpResponse<String> signed = Kiosks.submit(kiosk, kiosk.get(page), "kiosk/sign.xhtml", "signForm", "signButton",
                Map.of("meaning", meaning, "comment", "", "pin", Kiosks.PIN));
        assertTrue(signed.body().contains(meaning.charAt(0) + meaning.substring(1).toLowerCase() + " by"), signed.body());
        kiosk.get("kiosk/sign-out");
    }
}
