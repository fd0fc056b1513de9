package org.openmes.it;

import java.net.http.HttpResponse;

/**
 * Signs a demo user in the way a browser does: the MES sends the caller to the OpenID provider, the provider's own
 * login form takes the user's password, the provider sends the caller back with a code, and the MES redeems it
 * (authorization code flow with PKCE). What remains is the MES's sign-on cookie, which page tests send with their
 * requests.
 */
public final class BrowserSignOn {
    /** The browser after signing in, and the page it finally landed on. */
    public record Session(TestBrowser browser, HttpResponse<String> landing) {
        public String cookies() {
            return browser.signOnCookies();
        }
    }

    private BrowserSignOn() {
    }

    /**
     * The sign-on cookies of {@code demoUser} ("name=value; …") from a sign-in of their own: cookies shared across a
     * run made tests depend on what ran before them (a sign-on idle for 19 minutes was refused in one run, its
     * authentication cache entry gone: docs/security.md "Sign-on lifetime").
     */
    public static String cookies(String demoUser) {
        return signIn(demoUser, "index.xhtml").cookies();
    }

    /** Signs {@code demoUser} in afresh in a new browser, starting at the MES page {@code path}. */
    public static Session signIn(String demoUser, String path) {
        TestBrowser browser = new TestBrowser();
        HttpResponse<String> landing = browser.logIn(browser.get(path), demoUser, System.getProperty(TestEnvironment.IDP_DEMO_PASSWORD));
        if (browser.signOnCookies().isEmpty()) {
            throw new IllegalStateException("No MES sign-on cookie after signing in " + demoUser + "; landed on "
                    + landing.uri() + " " + landing.statusCode());
        }
        return new Session(browser, landing);
    }
}
