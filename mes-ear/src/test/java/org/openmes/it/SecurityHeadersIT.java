package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hardening every response carries (security headers, session cookie flags) and the CSRF protection of pages:
 * a postback is honoured only with the view state the server handed out, in the session it belongs to.
 */
class SecurityHeadersIT extends MesIntegrationTest {
    private static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String HSTS = "max-age=31536000; includeSubDomains";
    private static final Pattern CODE = Pattern.compile("id=\"code\"[^>]*value=\"([^\"]+)\"");
    private static final String FORGED_VIEW_STATE = "ODEyMzFkYWM2YWEyYWU3MzAwMDAwMDAx";

    @Test
    void aPageHasItsOwnPolicyAndEveryScriptOnItCarriesThePolicysNonce() {
        Http.Response page = page(Http.request("plant.xhtml"));
        assertEquals(200, page.status());
        assertCommonHeaders(page, false);

        String policy = onlyPolicy(page);
        assertTrue(policy.startsWith("default-src 'self';"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("script-src 'self' 'nonce-"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);

        String nonce = nonceOf(policy);
        List<String> scripts = Pattern.compile("<script[^>]*>").matcher(page.body()).results().map(MatchResult::group).toList();
        assertFalse(scripts.isEmpty());
        scripts.forEach(script -> assertTrue(script.contains("nonce=\"" + nonce + "\""), script));
        assertFalse(Pattern.compile("<[^>]+\\son[a-z]+=").matcher(page.body()).find(),
                "no inline event handler attribute is left in the markup");
    }

    @Test
    void jsonOfTheApiMayLoadNothingAndNotBeFramed() {
        Http.Response tree = Http.get("api/plant/tree");
        assertEquals(200, tree.status());
        assertCommonHeaders(tree, false);
        assertEquals(DEFAULT_POLICY, onlyPolicy(tree));
    }

    @Test
    void aProblemDocumentCarriesTheSameHeaders() {
        Http.Response missing = Http.get("api/plant/enterprises/987654321");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing.contentType());
        assertCommonHeaders(missing, false);
        assertEquals(DEFAULT_POLICY, onlyPolicy(missing));
    }

    @Test
    void notFoundPagesCarryTheHeadersAndOnePolicyThatForbidsFraming() {
        for (String path : List.of("no-such-page", "no-such-page.xhtml")) {
            Http.Response missing = page(Http.request(path));
            assertEquals(404, missing.status(), path);
            assertCommonHeaders(missing, false);
            assertTrue(onlyPolicy(missing).contains("frame-ancestors 'none'"), path);
        }
    }

    @Test
    void hstsIsSentOverHttpsOnly() {
        Http.Response page = page(Http.httpsRequest("plant.xhtml"));
        assertEquals(200, page.status());
        assertCommonHeaders(page, true);
        Http.Response json = Http.send(Http.httpsRequest("api/plant/tree"));
        assertEquals(200, json.status());
        assertCommonHeaders(json, true);
        assertEquals(DEFAULT_POLICY, onlyPolicy(json));

        assertNull(Http.get("api/plant/tree").header("Strict-Transport-Security"), "never over plain HTTP");
    }

    @Test
    void overPlainHttpTheSessionCookieIsHttpOnlyAndLaxButNotSecure() {
        Http.Response first = page(Http.request("plant.xhtml"));
        Map<String, String> cookie = sessionCookieSetBy(first);
        assertNotNull(cookie, "a page starts a session: " + first.headers().allValues("Set-Cookie"));
        assertTrue(cookie.containsKey("httponly"), cookie.toString());
        assertEquals("Lax", cookie.get("samesite"), cookie.toString());
        assertFalse(cookie.containsKey("secure"), cookie.toString());

        Http.Response again = page(Http.request("plant.xhtml").header("Cookie", signedIn("JSESSIONID=" + cookie.get("JSESSIONID"))));
        assertNull(sessionCookieSetBy(again), "the session goes on; its cookie is not re-issued over plain HTTP");
    }

    @Test
    void overHttpsTheSessionCookieIsReissuedSecureOnceAndKeepsTheSession() {
        Map<String, String> fromLiberty = sessionCookieSetBy(page(Http.httpsRequest("plant.xhtml")));
        assertNotNull(fromLiberty);
        assertTrue(fromLiberty.containsKey("httponly"), fromLiberty.toString());
        String session = signedIn("JSESSIONID=" + fromLiberty.get("JSESSIONID"));

        Map<String, String> reissued = sessionCookieSetBy(page(Http.httpsRequest("index.xhtml").header("Cookie", session)));
        assertNotNull(reissued, "the first HTTPS request back with the cookie gets it Secure");
        assertEquals(fromLiberty.get("JSESSIONID"), reissued.get("JSESSIONID"), "the same session");
        assertTrue(reissued.containsKey("secure"), reissued.toString());
        assertTrue(reissued.containsKey("httponly"), reissued.toString());
        assertEquals("Lax", reissued.get("samesite"), reissued.toString());
        assertEquals("/", reissued.get("path"), reissued.toString());

        assertNull(sessionCookieSetBy(page(Http.httpsRequest("plant.xhtml").header("Cookie", session))), "once per session");
    }

    @Test
    void aSaveWithTheViewStateAndSessionOfThePageIsHonoured() {
        long node = enterprise();
        OpenPage page = OpenPage.of(node);
        Http.Response saved = Http.send(page.save("Renamed", page.viewState(), page.sessionCookie(), page.nonce()));
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.body().contains("Saved "), saved.body());
        assertEquals("Renamed", nameOf(node), "the request format of the refusals below is one the page really uses");
    }

    @Test
    void aSaveWithAForgedViewStateShowsPageExpiredAndChangesNothing() {
        long node = enterprise();
        OpenPage page = OpenPage.of(node);
        Http.Response refused = Http.send(page.save("Forged", FORGED_VIEW_STATE, page.sessionCookie(), page.nonce()));
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("PF('viewExpiredDialog').show()"), refused.body());
        assertEquals("Before", nameOf(node));
    }

    /** A cross-site POST carries no cookies (SameSite=Lax): it is not even signed in, so it is sent to sign in. */
    @Test
    void aSaveWithoutTheCookiesAsACrossSitePostWouldBeIsSentToSignInAndChangesNothing() {
        long node = enterprise();
        OpenPage page = OpenPage.of(node);
        Http.Response refused = Http.send(page.save("CrossSite", page.viewState(), null, page.nonce()));
        assertEquals(302, refused.status(), refused.body());
        assertTrue(refused.header("Location").startsWith(System.getProperty(TestEnvironment.IDP_URL)), refused.header("Location"));
        assertEquals("Before", nameOf(node));
    }

    @Test
    void aPlainFormPostWithAForgedViewStateLeadsToPageExpiredAndChangesNothing() {
        long node = enterprise();
        OpenPage page = OpenPage.of(node);
        Http.Response refused = Http.send(Http.request("plant.xhtml").header("Cookie", page.sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("plantForm_SUBMIT", "1", "saveButton", "saveButton", "code", "CSRF", "name", "Forged",
                        "active", "true", "jakarta.faces.ViewState", FORGED_VIEW_STATE))));
        assertEquals(302, refused.status(), refused.body());
        assertTrue(refused.header("Location").endsWith("/error.xhtml"), refused.header("Location"));

        Http.Response errorPage = page(Http.request("error.xhtml").header("Cookie", page.sessionCookie()));
        assertTrue(errorPage.body().contains("Page expired"), errorPage.body());
        assertEquals("Before", nameOf(node));
    }

    @Test
    void aPostWithoutAnyViewStateIsAFirstVisitAndChangesNothing() {
        long node = enterprise();
        OpenPage page = OpenPage.of(node);
        Http.Response shown = Http.send(Http.request("plant.xhtml?node=" + node).header("Cookie", page.sessionCookie())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("plantForm_SUBMIT", "1", "saveButton", "saveButton", "code", "CSRF", "name", "NoViewState",
                        "active", "true"))));
        assertEquals(200, shown.status());
        assertEquals("Before", nameOf(node));
    }

    /** The handler that answers an expired AJAX view must not let the request go on to run on a view built afresh. */
    @Test
    void aForgedAjaxRequestWithoutTheNonceRunsNoAction() {
        OpenPage page = OpenPage.of(enterprise());
        Http.Response refused = Http.send(ajax(Http.request("plant.xhtml").header("Cookie", page.sessionCookie()))
                .POST(form(Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "topbarForm:themeToggle",
                        "jakarta.faces.partial.execute", "topbarForm:themeToggle", "topbarForm:themeToggle",
                        "topbarForm:themeToggle", "topbarForm_SUBMIT", "1", "jakarta.faces.ViewState", FORGED_VIEW_STATE))));
        assertFalse(refused.body().contains("changeTheme"), refused.body());

        Http.Response after = page(Http.request("plant.xhtml").header("Cookie", page.sessionCookie()));
        assertTrue(after.body().contains("primefaces-saga-blue"), "the session still has the light theme");
    }

    /** The plant page opened on one node: its session cookie, view state and CSP nonce. */
    private record OpenPage(String code, String sessionCookie, String viewState, String nonce) {
        static OpenPage of(long node) {
            Http.Response page = page(Http.request("plant.xhtml?node=" + node));
            assertEquals(200, page.status());
            Matcher viewState = FacesAjax.VIEW_STATE.matcher(page.body());
            Matcher code = CODE.matcher(page.body());
            assertTrue(viewState.find() && code.find(), page.body());
            return new OpenPage(code.group(1), signedIn("JSESSIONID=" + sessionCookieSetBy(page).get("JSESSIONID")), viewState.group(1),
                    nonceOf(onlyPolicy(page)));
        }

        /** What the Save button sends (PrimeFaces AJAX); a null cookie sends none. */
        HttpRequest.Builder save(String name, String viewState, String cookie, String nonce) {
            Map<String, String> fields = FacesAjax.press("plantForm", "saveButton", "detailPanel", "detailPanel treePanel", viewState, nonce);
            fields.put("code", code);
            fields.put("name", name);
            fields.put("active", "true");
            HttpRequest.Builder request = ajax(Http.request("plant.xhtml")).POST(form(fields));
            return cookie == null ? request : request.header("Cookie", cookie);
        }
    }

    private static void assertCommonHeaders(Http.Response response, boolean https) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("same-origin", response.header("Referrer-Policy"));
        assertEquals(https ? HSTS : null, response.header("Strict-Transport-Security"));
    }

    /** The response's one Content-Security-Policy: browsers would enforce a second one on top of it. */
    private static String onlyPolicy(Http.Response response) {
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        return policies.get(0);
    }

    private static String nonceOf(String policy) {
        Matcher nonce = FacesAjax.NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);
        return nonce.group(1);
    }

    /** The JSESSIONID cookie set by {@code response}: its value under "JSESSIONID", attributes by lower-case name. */
    private static Map<String, String> sessionCookieSetBy(Http.Response response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("JSESSIONID="))
                .map(header -> Arrays.stream(header.split(";")).map(String::trim).map(part -> part.split("=", 2))
                        .collect(Collectors.toMap(pair -> pair[0].equals("JSESSIONID") ? pair[0] : pair[0].toLowerCase(),
                                pair -> pair.length == 2 ? pair[1] : "")))
                .reduce((first, second) -> second)
                .orElse(null);
    }

    /** A page request; one that names no cookies gets those of the signed-in demo admin. */
    private static Http.Response page(HttpRequest.Builder request) {
        if (request.copy().build().headers().firstValue("Cookie").isEmpty()) {
            request.header("Cookie", BrowserSignOn.cookies(Identities.ADMIN));
        }
        return Http.send(request.setHeader("Accept", "text/html"));
    }

    /** {@code cookie} together with the signed-in demo admin's sign-on cookies. */
    private static String signedIn(String cookie) {
        return BrowserSignOn.cookies(Identities.ADMIN) + "; " + cookie;
    }

    /** The headers of a PrimeFaces AJAX request; its answer is a Faces partial response (XML). */
    private static HttpRequest.Builder ajax(HttpRequest.Builder request) {
        return request.setHeader("Accept", FacesAjax.ACCEPT).header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
    }

    private static long enterprise() {
        String code = "CSRF-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Response created = Http.post("api/plant/enterprises",
                Json.createObjectBuilder().add("code", code).add("name", "Before").build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String nameOf(long node) {
        return Http.get("api/plant/enterprises/" + node).json().getString("name");
    }
}
