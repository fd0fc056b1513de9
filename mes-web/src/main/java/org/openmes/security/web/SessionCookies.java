package org.openmes.security.web;

import jakarta.servlet.http.Cookie;

/**
 * The session cookie as Liberty wrote it, re-issued with the Secure flag. Liberty's {@code cookieSecure} is one
 * setting for HTTP and HTTPS alike, and its cookie value carries more than the session id (a cache id prefix and a
 * clone id), so the Secure copy is made from the cookie the browser sends back: same name, value and path, hence
 * it replaces the original in the browser.
 */
final class SessionCookies {
    static final String DEFAULT_NAME = "JSESSIONID";
    /** As {@code cookieSameSite} of server.xml's {@code httpSession}. */
    static final String SAME_SITE = "Lax";

    private SessionCookies() {
    }

    /**
     * The cookie among {@code sent} that carries {@code sessionId} under {@code name}, or null; a browser may also
     * send an older cookie of the same name (another path, an expired session).
     */
    static Cookie find(Cookie[] sent, String name, String sessionId) {
        if (sent == null) {
            return null;
        }
        for (Cookie cookie : sent) {
            if (cookie.getName().equals(name) && cookie.getValue().contains(sessionId)) {
                return cookie;
            }
        }
        return null;
    }

    /** A Secure, HttpOnly, SameSite copy of {@code sent} for {@code path} that lives as long as the browser session. */
    static Cookie secureCopy(Cookie sent, String path) {
        Cookie secure = new Cookie(sent.getName(), sent.getValue());
        secure.setPath(path);
        secure.setSecure(true);
        secure.setHttpOnly(true);
        secure.setAttribute("SameSite", SAME_SITE);
        return secure;
    }
}
