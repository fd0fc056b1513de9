package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Signing a plant node on its page: the signer must sign in again at the OpenID provider, the signature carries the
 * signer, the time and the meaning, and a later change of the node shows it as invalidated.
 */
class ElectronicSignatureIT extends MesIntegrationTest {
    private static final Pattern REDIRECT = Pattern.compile("<redirect url=\"([^\"]+)\"");

    @Test
    void signingAfterSigningInAgainRecordsTheSignatureWithSignerTimeAndMeaning() {
        long node = enterprise();
        BrowserSignOn.Session quality = BrowserSignOn.signIn("quality", "index.xhtml");

        HttpResponse<String> providerLogin = startSigning(quality.browser(), node, "APPROVED", "First article checked");
        assertTrue(TestBrowser.isLoginForm(providerLogin), "the provider asks for the password again, despite its session");
        HttpResponse<String> back = quality.browser().logIn(providerLogin, "quality", System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));

        assertTrue(back.uri().getPath().endsWith("/plant.xhtml"), back.uri().toString());
        assertTrue(back.body().contains("Approved by quality"), "the page confirms the signature");
        JsonArray signatures = signaturesOf(node);
        assertEquals(1, signatures.size(), signatures::toString);
        JsonObject signature = signatures.getJsonObject(0);
        assertEquals("APPROVED", signature.getString("meaning"));
        assertEquals("quality", signature.getString("signer"));
        assertEquals("IDP_REAUTHENTICATION", signature.getString("proof"));
        assertEquals("First article checked", signature.getString("comment"));
        assertTrue(signature.getBoolean("valid"), signature::toString);
        assertTrue(signature.getString("signedAt").endsWith("Z"), "server clock, UTC: " + signature.getString("signedAt"));
    }

    @Test
    void changingASignedNodeInvalidatesItsSignatureButKeepsIt() {
        long node = enterprise();
        BrowserSignOn.Session engineer = BrowserSignOn.signIn("engineer", "index.xhtml");
        HttpResponse<String> providerLogin = startSigning(engineer.browser(), node, "REVIEWED", "");
        engineer.browser().logIn(providerLogin, "engineer", System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));
        assertTrue(signaturesOf(node).getJsonObject(0).getBoolean("valid"));

        PlantApi.update(PlantApi.ENTERPRISES, node, PlantApi.edit(PlantApi.read(PlantApi.ENTERPRISES, node)).add("name", "Renamed after signing"));

        JsonArray signatures = signaturesOf(node);
        assertEquals(1, signatures.size(), "a signature is never removed");
        assertFalse(signatures.getJsonObject(0).getBoolean("valid"), signatures::toString);
        String page = engineer.browser().get("plant.xhtml?node=" + node).body();
        assertTrue(page.contains("INVALIDATED"), "the page shows the signature as invalidated");
    }

    @Test
    void aWrongPasswordAtTheProviderSignsNothing() {
        long node = enterprise();
        BrowserSignOn.Session maintenance = BrowserSignOn.signIn("maintenance", "index.xhtml");
        HttpResponse<String> providerLogin = startSigning(maintenance.browser(), node, "PERFORMED", "");
        HttpResponse<String> refused = maintenance.browser().logIn(providerLogin, "maintenance", "not-the-password");

        assertFalse(refused.uri().getPath().endsWith("/plant.xhtml"), "the provider does not send a wrong password back: " + refused.uri());
        assertEquals(0, signaturesOf(node).size());
    }

    @Test
    void signingInAgainAsSomeoneElseSignsNothing() {
        long node = enterprise();
        BrowserSignOn.Session shiftManager = BrowserSignOn.signIn("shift-manager", "index.xhtml");
        HttpResponse<String> providerLogin = startSigning(shiftManager.browser(), node, "APPROVED", "");
        HttpResponse<String> back = shiftManager.browser().logIn(providerLogin, "admin", System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));

        assertTrue(back.body().contains("Not signed"), "the page says why");
        assertEquals(0, signaturesOf(node).size());
    }

    @Test
    void aUserWithoutTheRightToSignIsNotSentToSign() {
        long node = enterprise();
        BrowserSignOn.Session planner = BrowserSignOn.signIn("planner", "index.xhtml");
        HttpResponse<String> page = planner.browser().get("plant.xhtml?node=" + node);
        HttpResponse<String> refused = planner.browser().postForm(URI.create(baseUrl() + "plant.xhtml"), signForm(page, "APPROVED"),
                "Faces-Request", "partial/ajax", "Accept", FacesAjax.ACCEPT);
        Matcher redirect = REDIRECT.matcher(refused.body());
        assertTrue(redirect.find() && redirect.group(1).endsWith("/error.xhtml"), "planners lack signature.sign: " + refused.body());
        assertEquals(0, signaturesOf(node).size());
    }

    @Test
    void aSignatureWithoutAMeaningIsRefusedAtTheField() {
        long node = enterprise();
        BrowserSignOn.Session quality = BrowserSignOn.signIn("quality", "index.xhtml");
        HttpResponse<String> page = quality.browser().get("plant.xhtml?node=" + node);
        HttpResponse<String> refused = quality.browser().postForm(URI.create(baseUrl() + "plant.xhtml"), signForm(page, ""),
                "Faces-Request", "partial/ajax", "Accept", FacesAjax.ACCEPT);
        assertFalse(REDIRECT.matcher(refused.body()).find(), refused.body());
        assertTrue(refused.body().contains("meaningMessage") && refused.body().contains("Choose what the signature means"), refused.body());
    }

    @Test
    void signaturesOfAnUnknownRecordAreNotFoundAndOfAnUnsignableTypeAreABadRequest() {
        Problems.assertProblem(Http.get("api/signatures?recordType=PlantNode&recordId=987654321"), 404, "not-found");
        Problems.assertProblem(Http.get("api/signatures?recordType=Nothing&recordId=1"), 400, "invalid-input");
    }

    /** Presses Sign on the node's page; returns where the browser ends up (the provider's login form). */
    private static HttpResponse<String> startSigning(TestBrowser browser, long node, String meaning, String comment) {
        HttpResponse<String> page = browser.get("plant.xhtml?node=" + node);
        assertEquals(200, page.statusCode(), page.body());
        Map<String, String> form = signForm(page, meaning);
        form.put("comment", comment);
        HttpResponse<String> answer = browser.postForm(URI.create(baseUrl() + "plant.xhtml"), form,
                "Faces-Request", "partial/ajax", "Accept", FacesAjax.ACCEPT);
        Matcher redirect = REDIRECT.matcher(answer.body());
        assertTrue(redirect.find(), answer.body());
        URI provider = URI.create(redirect.group(1).replace("&amp;", "&"));
        assertTrue(provider.getQuery().contains("prompt=login") && provider.getQuery().contains("max_age=0"), provider.toString());
        return browser.get(provider.toString());
    }

    private static Map<String, String> signForm(HttpResponse<String> page, String meaning) {
        Matcher viewState = FacesAjax.VIEW_STATE.matcher(page.body());
        Matcher nonce = FacesAjax.NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(viewState.find() && nonce.find(), "a plant page with view state and nonce");
        Map<String, String> form = FacesAjax.press("plantForm", "signButton", "signButton meaning comment", "detailPanel",
                viewState.group(1), nonce.group(1));
        // a PrimeFaces select submits its value as <id>_input
        form.put("meaning_input", meaning);
        form.put("comment", "");
        return form;
    }

    private static JsonArray signaturesOf(long node) {
        Http.Response response = Http.get("api/signatures?recordType=PlantNode&recordId=" + node);
        assertEquals(200, response.status(), response.body());
        return response.jsonArray();
    }

    private static long enterprise() {
        Http.Response created = Http.post("api/plant/enterprises", PlantApi.node(null, "SIG-" + PlantApi.suffix(), "Signed enterprise")
                .build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
