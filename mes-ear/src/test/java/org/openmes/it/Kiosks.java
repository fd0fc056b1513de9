package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

/** Kiosks for the tests, without a browser: registering and enrolling one, issuing badges, signing in, pressing buttons. */
final class Kiosks {
    /** The PIN of every badge the tests issue. */
    static final String PIN = "4711";

    private Kiosks() {
    }

    static TestBrowser enrolledKiosk(String code) {
        TestBrowser browser = new TestBrowser();
        HttpResponse<String> login = enrol(browser, register(code).getString("enrolmentCode"));
        assertTrue(login.uri().getPath().endsWith("/kiosk/login.xhtml") && login.body().contains("id=\"pin\""), login.body());
        return browser;
    }

    static JsonObject register(String code) {
        Http.Response registered = Http.post("api/kiosks", Json.createObjectBuilder().add("code", code).add("name", "Kiosk " + code)
                .build().toString());
        assertEquals(201, registered.status(), registered.body());
        return registered.json();
    }

    static void badge(String number, String principal, String name) {
        Http.Response issued = Http.post("api/operator-badges", Json.createObjectBuilder().add("badgeNumber", number)
                .add("principalName", principal).add("displayName", name).add("pin", PIN).build().toString());
        assertEquals(201, issued.status(), issued.body());
    }

    static HttpResponse<String> enrol(TestBrowser browser, String enrolmentCode) {
        HttpResponse<String> page = browser.get("kiosk/enrol.xhtml");
        return submit(browser, page, "kiosk/enrol.xhtml", "enrolForm", "enrolButton", Map.of("enrolmentCode", enrolmentCode));
    }

    static HttpResponse<String> signIn(TestBrowser browser, String badge, String pin) {
        HttpResponse<String> page = browser.get("kiosk/login.xhtml");
        return submit(browser, page, "kiosk/login.xhtml", "loginForm", "signInButton", Map.of("badgeNumber", badge, "pin", pin));
    }

    /** Presses {@code button} of {@code form} on {@code page} the way a browser does without script (a plain POST). */
    static HttpResponse<String> submit(TestBrowser browser, HttpResponse<String> page, String path, String form, String button,
            Map<String, String> inputs) {
        Matcher viewState = FacesAjax.VIEW_STATE.matcher(page.body());
        Matcher nonce = FacesAjax.NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
        assertTrue(viewState.find() && nonce.find(), page.body());
        Map<String, String> fields = new LinkedHashMap<>(inputs);
        fields.put(form + "_SUBMIT", "1");
        fields.put(button, "");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        // PrimeFaces' script adds the page's CSP nonce to every form it submits
        fields.put("primefaces.nonce", nonce.group(1));
        return browser.postForm(URI.create(MesIntegrationTest.baseUrl() + path), fields, "Accept", "text/html");
    }
}
