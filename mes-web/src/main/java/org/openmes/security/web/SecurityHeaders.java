package org.openmes.security.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The security headers every response of the web module carries. Faces pages replace the default
 * Content-Security-Policy with their own (web.xml {@code primefaces.CSP_POLICY} plus PrimeFaces' per-view
 * script nonce); everything else keeps the default, which allows nothing to load or run and no framing.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    static final String STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

    /** For JSON, problem documents, redirects and static files: none of them needs to load anything. */
    static final String DEFAULT_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** One year, the minimum browsers' preload lists accept; subdomains of a plant host are the MES's too. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {
    }

    /**
     * @param https whether the request came over HTTPS: HSTS sent over plain HTTP is ignored by browsers and
     *              would tell an attacker in the middle nothing useful, so it is only sent over HTTPS
     */
    static Map<String, String> forResponse(boolean https) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (https) {
            headers.put(STRICT_TRANSPORT_SECURITY, HSTS);
        }
        headers.put(CONTENT_SECURITY_POLICY, DEFAULT_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        // frame-ancestors supersedes it; kept for browsers that predate CSP level 2
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        return headers;
    }
}
