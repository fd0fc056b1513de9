package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The time model over REST (a line's shifts, breaks and calendar give its planned operation and busy time), and the
 * OEE page that shows a line's planned time and figures.
 */
class TimeModelIT extends MesIntegrationTest {

    @Test
    void aLinesPlannedTimeFollowsItsShiftsBreaksHolidaysAndMeetings() {
        long[] siteAndLine = Floor.newLine();
        long site = siteAndLine[0];
        long line = siteAndLine[1];
        Http.Response pattern = Http.post("api/shifts/patterns", Json.createObjectBuilder().add("lineId", line).add("code", "early")
                .add("name", "Early shift").add("startTime", "06:00:00").add("durationMinutes", 480)
                .add("weekdays", Json.createArrayBuilder().add(1).add(2).add(3).add(4).add(5)).add("validFrom", "2026-01-01")
                .add("breaks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Lunch").add("offsetMinutes", 240)
                        .add("durationMinutes", 30))).build().toString());
        assertEquals(201, pattern.status(), pattern.body());
        assertEquals("EARLY", pattern.json().getString("code"));
        long patternId = pattern.json().getJsonNumber("id").longValue();
        assertEquals(201, Http.post("api/shifts/calendar", Json.createObjectBuilder().add("nodeId", site).add("kind", "HOLIDAY")
                .add("description", "Epiphany").add("startsAt", "2026-01-06T00:00:00Z").add("endsAt", "2026-01-07T00:00:00Z")
                .build().toString()).status());
        assertEquals(201, Http.post("api/shifts/calendar", Json.createObjectBuilder().add("nodeId", line).add("kind", "MEETING")
                .add("description", "Safety briefing").add("startsAt", "2026-01-08T07:00:00Z").add("endsAt", "2026-01-08T07:45:00Z")
                .build().toString()).status());
        assertEquals(201, Http.post("api/shifts/targets", Json.createObjectBuilder().add("patternId", patternId)
                .add("validFrom", "2026-01-01").add("quantity", 7200).build().toString()).status());
        assertEquals(201, Http.post("api/shifts/assignments", Json.createObjectBuilder().add("patternId", patternId)
                .add("shiftDate", "2026-01-08").add("person", "operator").build().toString()).status());

        JsonObject holiday = plannedTime(line, "2026-01-06T00:00:00Z", "2026-01-07T00:00:00Z");
        assertEquals(0, holiday.getJsonNumber("potSeconds").longValue(), holiday::toString);
        JsonObject thursday = plannedTime(line, "2026-01-08T00:00:00Z", "2026-01-09T00:00:00Z");
        assertEquals(8 * 3600, thursday.getJsonNumber("potSeconds").longValue(), thursday::toString);
        assertEquals((30 + 45) * 60, thursday.getJsonNumber("pdotSeconds").longValue(), thursday::toString);
        assertEquals(8 * 3600 - (30 + 45) * 60, thursday.getJsonNumber("pbtSeconds").longValue(), thursday::toString);
        JsonObject shift = thursday.getJsonArray("shifts").getJsonObject(0);
        assertEquals("2026-01-08T06:00:00Z", shift.getString("start"));
        assertEquals(0, shift.getJsonNumber("target").bigDecimalValue().compareTo(new java.math.BigDecimal("7200")));
        assertEquals("operator", shift.getJsonArray("people").getString(0));
    }

    @Test
    void aBreakOutsideItsShiftADuplicateCodeAndAWindowWithoutEndAreRefusedNamingTheField() {
        long line = Floor.newLine()[1];
        String early = Json.createObjectBuilder().add("lineId", line).add("code", "E1").add("name", "Early")
                .add("startTime", "06:00:00").add("durationMinutes", 480).add("weekdays", Json.createArrayBuilder().add(1))
                .add("validFrom", "2026-01-01").build().toString();
        assertEquals(201, Http.post("api/shifts/patterns", early).status());
        assertProblem(Http.post("api/shifts/patterns", early), 409, "conflict", "code");
        assertProblem(Http.post("api/shifts/patterns", Json.createObjectBuilder().add("lineId", line).add("code", "E2")
                .add("name", "Early").add("startTime", "06:00:00").add("durationMinutes", 480)
                .add("weekdays", Json.createArrayBuilder().add(1)).add("validFrom", "2026-01-01")
                .add("breaks", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Late lunch")
                        .add("offsetMinutes", 470).add("durationMinutes", 30))).build().toString()), 400, "invalid-input", "breaks");
        assertProblem(Http.get("api/shifts/planned-time?lineId=" + line + "&from=2026-01-08T00:00:00Z"), 400, "invalid-input", "to");
        assertProblem(Http.get("api/shifts/planned-time?lineId=" + Floor.nodeId("P1-CASEPACKER")
                + "&from=2026-01-08T00:00:00Z&to=2026-01-09T00:00:00Z"), 404, "not-found");
    }

    @Test
    void theOeePageShowsTheRunningShiftOfALineChosenThere() {
        long line = Floor.newLine()[1];
        Floor.allDayShift(line);
        BrowserSignOn.Session viewer = BrowserSignOn.signIn("viewer", "index.xhtml");
        HttpResponse<String> page = viewer.browser().get("oee.xhtml");
        assertEquals(200, page.statusCode(), page.body());
        Matcher viewState = FacesAjax.VIEW_STATE.matcher(page.body());
        Matcher nonce = FacesAjax.NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(viewState.find() && nonce.find(), "the OEE page with view state and nonce");
        Map<String, String> form = FacesAjax.press("oeeForm", "showButton", "@this id from to productCode",
                "resultPanel formMessages idMessage fromMessage toMessage", viewState.group(1), nonce.group(1));
        form.put("id", String.valueOf(line));
        form.put("from_input", "");
        form.put("to_input", "");
        form.put("productCode", "");
        HttpResponse<String> shown = viewer.browser().postForm(URI.create(baseUrl() + "oee.xhtml"), form,
                "Faces-Request", "partial/ajax", "Accept", FacesAjax.ACCEPT);
        assertEquals(200, shown.statusCode(), shown.body());
        assertTrue(shown.body().contains("machinesTable") && shown.body().contains("The line has no equipment."), shown.body());
        assertTrue(shown.body().contains("Planned operation time"), shown.body());
    }

    private static JsonObject plannedTime(long line, String from, String to) {
        Http.Response response = Http.get("api/shifts/planned-time?lineId=" + line + "&from=" + from + "&to=" + to);
        assertEquals(200, response.status(), response.body());
        return response.json();
    }
}
