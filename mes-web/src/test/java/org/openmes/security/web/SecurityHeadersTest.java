package org.openmes.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void plainHttpGetsEveryHeaderButHsts() {
        Map<String, String> headers = SecurityHeaders.forResponse(false);
        assertFalse(headers.containsKey("Strict-Transport-Security"), headers.toString());
        assertEquals("default-src 'none'; frame-ancestors 'none'", headers.get("Content-Security-Policy"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
    }

    @Test
    void httpsAddsHstsForAYearIncludingSubdomains() {
        Map<String, String> headers = SecurityHeaders.forResponse(true);
        assertEquals("max-age=31536000; includeSubDomains", headers.get("Strict-Transport-Security"));
        assertEquals(SecurityHeaders.forResponse(false).size() + 1, headers.size(), headers.toString());
    }
}
