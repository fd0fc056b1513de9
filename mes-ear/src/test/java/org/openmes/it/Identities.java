package org.openmes.it;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens from the test run's real OpenID provider (the demo provider {@link TestEnvironment} starts): one per
 * demo user (named after their role: {@code admin}, {@code production-manager}, …, {@code viewer}) fetched with the
 * user's password, and the demo ERP's service token ({@code erp}, client credentials). Tokens are kept for the run;
 * they live an hour.
 */
public final class Identities {
    /** The demo user whose token {@link Http} sends unless a test says otherwise. */
    public static final String ADMIN = "admin";
    /** The demo ERP's client id: a service account, not a person. */
    public static final String ERP = "erp";

    /** Every demo caller: one demo user per role, and the demo ERP. */
    static final List<String> DEMO_CALLERS = List.of("admin", "production-manager", "shift-manager", "planner",
            "engineer", "maintenance", "quality", "operator", "viewer", ERP);

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Identities() {
    }

    public static String bearerToken(String demoUser) {
        return TOKENS.computeIfAbsent(demoUser, Identities::fetchToken);
    }

    /** The MES role of a demo caller: its group at the provider, mes-&lt;role&gt;, or ERP_SYSTEM for the demo ERP. */
    static String roleOf(String demoCaller) {
        return ERP.equals(demoCaller) ? "ERP_SYSTEM" : demoCaller.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String fetchToken(String demoUser) {
        String form = ERP.equals(demoUser)
                ? "grant_type=client_credentials&scope=openid"
                : "grant_type=password&scope=openid&username=" + encode(demoUser)
                        + "&password=" + encode(System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));
        String client = ERP.equals(demoUser)
                ? ERP + ":" + System.getProperty(TestEnvironment.IDP_ERP_CLIENT_SECRET)
                : "mes:" + System.getProperty(TestEnvironment.IDP_MES_CLIENT_SECRET);
        Http.Response response = Http.send(HttpRequest.newBuilder(URI.create(System.getProperty(TestEnvironment.IDP_URL) + "/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.status() != 200) {
            throw new IllegalStateException("The OpenID provider gave no token for " + demoUser + ": " + response.status() + " " + response.body());
        }
        return response.json().getString("access_token");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
