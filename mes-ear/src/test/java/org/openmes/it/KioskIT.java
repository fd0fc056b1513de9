package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Kiosks.badge;
import static org.openmes.it.Kiosks.enrol;
import static org.openmes.it.Kiosks.enrolledKiosk;
import static org.openmes.it.Kiosks.register;
import static org.openmes.it.Kiosks.signIn;
import static org.openmes.it.Kiosks.submit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operators at kiosks: only an enrolled device offers the badge-and-PIN sign-in, five wrong PINs lock the badge, an
 * idle kiosk signs its operator out (the test server's idle time is 10 s), and "switch operator" ends the session.
 */
class KioskIT extends MesIntegrationTest {
    private static final String PIN = Kiosks.PIN;

    @Test
    void anOperatorSignsInWithBadgeAndPinAtAnEnrolledKiosk() {
        String suffix = PlantApi.suffix();
        TestBrowser kiosk = enrolledKiosk("K-" + suffix);
        badge("B-" + suffix, "op-" + suffix.toLowerCase(), "Maria Lopez");

        HttpResponse<String> home = signIn(kiosk, "B-" + suffix, PIN);
        assertTrue(home.uri().getPath().endsWith("/kiosk/index.xhtml"), home.uri().toString());
        assertTrue(home.body().contains("Maria Lopez"), "the operator's name on the kiosk");
        assertTrue(home.body().contains("K-" + suffix), "and the kiosk");
    }

    @Test
    void aBrowserThatIsNoKioskGetsNoSignInForm() {
        TestBrowser stranger = new TestBrowser();
        HttpResponse<String> login = stranger.get("kiosk/login.xhtml");
        assertEquals(200, login.statusCode());
        assertTrue(login.body().contains("not a registered kiosk"), login.body());
        assertFalse(login.body().contains("id=\"pin\""), "no PIN field");
    }

    @Test
    void fiveWrongPinsLockTheBadgeEvenAgainstTheRightPin() {
        String suffix = PlantApi.suffix();
        TestBrowser kiosk = enrolledKiosk("K-" + suffix);
        badge("B-" + suffix, "op-" + suffix.toLowerCase(), "Locked Out");
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertTrue(signIn(kiosk, "B-" + suffix, "0000").body().contains("Badge or PIN not accepted"), "attempt " + attempt);
        }
        assertTrue(signIn(kiosk, "B-" + suffix, "0000").body().contains("Badge locked"), "the fifth wrong PIN locks");
        HttpResponse<String> rightPin = signIn(kiosk, "B-" + suffix, PIN);
        assertTrue(rightPin.body().contains("Badge locked"), "the right PIN no longer helps");
        assertFalse(rightPin.uri().getPath().endsWith("/kiosk/index.xhtml"));
    }

    @Test
    void anUnknownBadgeIsRefusedLikeAWrongPin() {
        TestBrowser kiosk = enrolledKiosk("K-" + PlantApi.suffix());
        assertTrue(signIn(kiosk, "NO-SUCH-BADGE", PIN).body().contains("Badge or PIN not accepted"));
    }

    @Test
    void anIdleKioskSignsItsOperatorOutAndSwitchOperatorDoesAtOnce() throws InterruptedException {
        String suffix = PlantApi.suffix();
        TestBrowser kiosk = enrolledKiosk("K-" + suffix);
        badge("B-" + suffix, "op-" + suffix.toLowerCase(), "Idle Operator");
        assertTrue(signIn(kiosk, "B-" + suffix, PIN).body().contains("Idle Operator"));

        Thread.sleep(11_000);
        HttpResponse<String> afterIdle = kiosk.get("kiosk/index.xhtml");
        assertFalse(afterIdle.body().contains("Idle Operator"), "signed out after the idle time: " + afterIdle.statusCode());

        assertTrue(signIn(kiosk, "B-" + suffix, PIN).body().contains("Idle Operator"));
        HttpResponse<String> switched = kiosk.get("kiosk/sign-out");
        assertTrue(switched.uri().getPath().endsWith("/kiosk/login.xhtml"), switched.uri().toString());
        assertFalse(kiosk.get("kiosk/index.xhtml").body().contains("Idle Operator"), "switch operator ended the session");
    }

    @Test
    void anOperatorSignsARecordAtTheKioskWithThePinAndAWrongPinSignsNothing() {
        String suffix = PlantApi.suffix();
        TestBrowser kiosk = enrolledKiosk("K-" + suffix);
        badge("B-" + suffix, "op-" + suffix.toLowerCase(), "Signing Operator");
        assertTrue(signIn(kiosk, "B-" + suffix, PIN).body().contains("Signing Operator"));
        long node = PlantApi.create(PlantApi.ENTERPRISES, PlantApi.node(null, "KS-" + suffix, "Signed at a kiosk")).getJsonNumber("id").longValue();
        String signPage = "kiosk/sign.xhtml?recordType=PlantNode&recordId=" + node;

        HttpResponse<String> wrongPin = submit(kiosk, kiosk.get(signPage), "kiosk/sign.xhtml", "signForm", "signButton",
                Map.of("meaning", "PERFORMED", "comment", "", "pin", "0000"));
        assertTrue(wrongPin.body().contains("Badge or PIN not accepted"), wrongPin.body());
        assertEquals(0, signaturesOf(node).size());

        HttpResponse<String> signed = submit(kiosk, kiosk.get(signPage), "kiosk/sign.xhtml", "signForm", "signButton",
                Map.of("meaning", "PERFORMED", "comment", "Set-up done", "pin", PIN));
        assertTrue(signed.body().contains("Performed by Signing Operator"), signed.body());
        JsonObject signature = signaturesOf(node).getJsonObject(0);
        assertEquals("KIOSK_PIN", signature.getString("proof"));
        assertEquals("OPERATOR", signature.getString("signerKind"));
        assertEquals("K-" + suffix, signature.getString("kiosk"));
        assertEquals("op-" + suffix.toLowerCase(), signature.getString("signer"));
        assertTrue(signature.getBoolean("valid"));

        JsonObject entry = Http.get("api/audit/entries?entityType=ElectronicSignature&entityId=" + signature.getJsonNumber("id"))
                .json().getJsonArray("items").getJsonObject(0);
        assertEquals("OPERATOR", entry.getString("actorKind"), "the trail names the operator on kiosk K: " + entry);
        assertEquals("K-" + suffix, entry.getString("kiosk"));
        assertEquals("op-" + suffix.toLowerCase(), entry.getString("actor"));
    }

    @Test
    void anEnrolmentCodeEnrolsOneDeviceOnce() {
        JsonObject registration = register("K-" + PlantApi.suffix());
        TestBrowser first = new TestBrowser();
        enrol(first, registration.getString("enrolmentCode"));
        TestBrowser second = new TestBrowser();
        HttpResponse<String> refused = enrol(second, registration.getString("enrolmentCode"));
        assertTrue(refused.body().contains("Unknown or already used enrolment code"), refused.body());
        assertTrue(second.get("kiosk/login.xhtml").body().contains("not a registered kiosk"));
    }

    @Test
    void badInputForKiosksAndBadgesIsRefusedAtTheField() {
        Problems.assertProblem(Http.post("api/kiosks", "{\"code\":\"no spaces allowed\",\"name\":\"x\"}"), 400, "invalid-input", "code");
        Problems.assertProblem(Http.post("api/operator-badges",
                "{\"badgeNumber\":\"B-1\",\"principalName\":\"op-1\",\"displayName\":\"x\",\"pin\":\"12\"}"), 400, "invalid-input", "pin");
        String code = "K-" + PlantApi.suffix();
        register(code);
        Problems.assertProblem(Http.post("api/kiosks", "{\"code\":\"" + code + "\",\"name\":\"again\"}"), 409, "conflict", "code");
    }

    private static JsonArray signaturesOf(long node) {
        Http.Response response = Http.get("api/signatures?recordType=PlantNode&recordId=" + node);
        assertEquals(200, response.status(), response.body());
        return response.jsonArray();
    }
}
