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
import java.util.stream.Collectors;

/**
 * A browser without a screen: keeps cookies (of the MES and of the OpenID provider alike), follows redirects across
 * both servers and posts forms, so a test can walk through sign-in and signing as a person would.
 */
public final class TestBrowser {
    /** The MES's sign-on cookie (server.xml) and the OpenID client's session cookie. */
    private static final Set<String> SIGN_ON_COOKIES = Set.of("MES_SIGNON", "WASOidcSession");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.ALWAYS).version(HttpClient.Version.HTTP_1_1)
            .sslContext(Http.trustingSslContext()).build();

    /** GET of a page of the MES ({@code path} relative to its root) or of any absolute URL. */
    public HttpResponse<String> get(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(MesIntegrationTest.baseUrl() + pathOrUrl);
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET());
    }

    /** POST of a URL-encoded form to {@code uri}, with extra {@code headers} (name, value, …). */
    public HttpResponse<String> postForm(URI uri, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields.entrySet().stream()
                        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                        .collect(Collectors.joining("&"))));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Fills in and sends the OpenID provider's login form that {@code loginForm} shows. */
    public HttpResponse<String> logIn(HttpResponse<String> loginForm, String user, String password) {
        if (!isLoginForm(loginForm)) {
            throw new IllegalStateException("Not the provider's login form: " + loginForm.uri() + " " + loginForm.statusCode());
        }
        return postForm(loginForm.uri().resolve("j_security_check"), Map.of("j_username", user, "j_password", password),
                "Accept", "text/html");
    }

    /** Whether {@code response} is the OpenID provider's login form. */
    public static boolean isLoginForm(HttpResponse<String> response) {
        return response.body().contains("j_security_check");
    }

    /** The MES's sign-on cookies as a Cookie header value ("name=value; …"); empty before signing in. */
    public String signOnCookies() {
        return cookies.getCookieStore().get(URI.create(MesIntegrationTest.baseUrl())).stream()
                .filter(cookie -> SIGN_ON_COOKIES.contains(cookie.getName()))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** All of the MES's cookies (the HTTP session's too) as a Cookie header value, for a websocket of the same session. */
    public String allCookies() {
        return cookies.getCookieStore().get(URI.create(MesIntegrationTest.baseUrl())).stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
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
