package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** Who may call at all: signed-in people on pages, bearer tokens on the API, nobody else. */
class SignOnIT extends MesIntegrationTest {

    @Test
    void anApiCallWithoutATokenIsUnauthorized() {
        Http.Response response = Http.send(Http.anonymousRequest("api/plant/tree"));
        assertEquals(401, response.status(), response.body());
    }

    @Test
    void anApiCallWithAForgedTokenIsUnauthorized() {
        String token = Identities.bearerToken(Identities.ADMIN);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        Http.Response response = Http.send(Http.anonymousRequest("api/plant/tree").header("Authorization", "Bearer " + forged));
        assertEquals(401, response.status(), response.body());
    }

    @Test
    void anErpServiceAccountCallsTheApiWithItsClientCredentialsToken() {
        Http.Response response = Http.send(Http.requestAs(Identities.ERP, "api/plant/tree"));
        assertTrue(response.status() == 200 || response.status() == 403, response.status() + " " + response.body());
    }

    @Test
    void aPageWithoutSignInSendsTheBrowserToTheProviderWithPkce() {
        Http.Response response = Http.send(Http.anonymousRequest("plant.xhtml").setHeader("Accept", "text/html"));
        assertEquals(302, response.status(), response.body());
        URI location = URI.create(response.header("Location"));
        assertTrue(location.toString().startsWith(System.getProperty(TestEnvironment.IDP_URL) + "/authorize"), location.toString());
        assertTrue(location.getQuery().contains("code_challenge_method=S256"), location.toString());
        assertTrue(location.getQuery().contains("code_challenge="), location.toString());
    }

    @Test
    void thePushSocketsRefuseACallerWhoIsNotSignedIn() {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (String path : new String[] {"push?topics=telemetry", "kiosk/push?topics=telemetry"}) {
            URI uri = URI.create(baseUrl().replaceFirst("^http", "ws") + path);
            CompletionException refused = assertThrows(CompletionException.class,
                    () -> http.newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() { }).join(), path);
            assertTrue(refused.getCause() instanceof WebSocketHandshakeException, path + ": " + refused.getCause());
            int status = ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
            assertTrue(status == 302 || status == 401 || status == 403, path + " answered " + status);
        }
    }

    @Test
    void signingInAtTheProviderLandsOnTheRequestedPageWithTheUsersName() {
        BrowserSignOn.Session session = BrowserSignOn.signIn("planner", "plant.xhtml");
        assertEquals(200, session.landing().statusCode(), session.landing().body());
        assertTrue(session.landing().uri().getPath().endsWith("/plant.xhtml"), session.landing().uri().toString());
        assertTrue(session.landing().body().contains("planner"), "the page names the signed-in user");
    }

    @Test
    void aSignedInBrowserReachesPagesWithItsCookie() {
        Http.Response page = Http.send(Http.anonymousRequest("index.xhtml").setHeader("Accept", "text/html")
                .header("Cookie", BrowserSignOn.cookies("viewer")));
        assertEquals(200, page.status(), page.body());
    }

    @Test
    void theProvidersLoginRefusesAWrongPassword() {
        Http.Response response = Http.send(HttpRequest.newBuilder(URI.create(System.getProperty(TestEnvironment.IDP_URL) + "/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&scope=openid&username=admin&password=wrong&client_id=mes&client_secret="
                        + System.getProperty(TestEnvironment.IDP_MES_CLIENT_SECRET))));
        assertTrue(response.status() == 400 || response.status() == 401, response.status() + " " + response.body());
    }

    @Test
    void signingOutEndsTheMesSessionAndShowsTheSignedOutPage() {
        BrowserSignOn.Session session = BrowserSignOn.signIn("viewer", "index.xhtml");
        Matcher viewState = FacesAjax.VIEW_STATE.matcher(session.landing().body());
        assertTrue(viewState.find(), "the page has a view state");
        String cookiesBefore = session.cookies();
        HttpResponse<String> signedOut = session.browser().postForm(URI.create(baseUrl() + "index.xhtml"),
                Map.of("topbarForm_SUBMIT", "1", "topbarForm:signOutButton", "", "jakarta.faces.ViewState", viewState.group(1)),
                "Accept", "text/html");
        assertTrue(signedOut.uri().getPath().endsWith("/signed-out.xhtml"), signedOut.uri().toString());
        assertTrue(signedOut.body().contains("You are signed out"), signedOut.body());
        Http.Response withOldCookies = Http.send(Http.anonymousRequest("index.xhtml").setHeader("Accept", "text/html")
                .header("Cookie", cookiesBefore));
        assertEquals(302, withOldCookies.status(), "the old sign-on cookie no longer signs in");
    }
}
