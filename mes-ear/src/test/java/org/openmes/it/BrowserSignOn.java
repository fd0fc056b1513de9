package org.openmes.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Signs a demo user in the way a browser does, without a browser: the MES sends the caller to the OpenID provider,
 * the provider's own login form takes the user's password, the provider sends the caller back with a code, and the
 * MES redeems it (authorization code flow with PKCE). What remains is the MES's sign-on cookie, which page tests send
 * with their requests.
 */
public final class BrowserSignOn {
    /** What the MES set after the sign-in, and the page the browser finally landed on. */
    public record Session(String cookies, HttpResponse<String> landing) {
    }

    /** The MES's sign-on cookie (server.xml) and the OpenID client's session cookie. */
    private static final Set<String> SIGN_ON_COOKIES = Set.of("MES_SIGNON", "WASOidcSession");
    private static final Map<String, Session> SESSIONS = new ConcurrentHashMap<>();

    private BrowserSignOn() {
    }

    /** The sign-on cookies of {@code demoUser} ("name=value; …"), signing in once per test run. */
    public static String cookies(String demoUser) {
        return SESSIONS.computeIfAbsent(demoUser, user -> signIn(user, "index.xhtml")).cookies();
    }

    /** Signs {@code demoUser} in afresh, starting at the MES page {@code path}. */
    public static Session signIn(String demoUser, String path) {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient browser = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS).version(HttpClient.Version.HTTP_1_1)
                .sslContext(Http.trustingSslContext()).build();
        try {
            HttpResponse<String> loginForm = browser.send(HttpRequest.newBuilder(URI.create(MesIntegrationTest.baseUrl() + path))
                    .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (!loginForm.body().contains("j_security_check")) {
                throw new IllegalStateException("The MES did not send the browser to the provider's login form: "
                        + loginForm.uri() + " " + loginForm.statusCode());
            }
            String form = "j_username=" + encode(demoUser) + "&j_password=" + encode(System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));
            HttpResponse<String> landing = browser.send(HttpRequest.newBuilder(loginForm.uri().resolve("j_security_check"))
                    .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String mesCookies = cookies.getCookieStore().get(URI.create(MesIntegrationTest.baseUrl())).stream()
                    .filter(cookie -> SIGN_ON_COOKIES.contains(cookie.getName()))
                    .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; "));
            if (mesCookies.isEmpty()) {
                throw new IllegalStateException("No MES sign-on cookie after signing in " + demoUser + "; landed on "
                        + landing.uri() + " " + landing.statusCode());
            }
            return new Session(mesCookies, landing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
