package org.openmes.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

class SessionCookiesTest {
    private static final String LIBERTY_VALUE = "0000h8l8U78H_DJWCF3N4Xir6ZL:1d3dcdf0-2411-4671-9484-d00b455a39c4";

    @Test
    void findsTheCookieOfTheCurrentSessionAmongOthers() {
        Cookie stale = new Cookie("JSESSIONID", "0000olderSession:1d3dcdf0");
        Cookie current = new Cookie("JSESSIONID", LIBERTY_VALUE);
        Cookie other = new Cookie("oam.Flash.RENDERMAP.TOKEN", "h8l8U78H_DJWCF3N4Xir6ZL");
        assertSame(current, SessionCookies.find(new Cookie[] {other, stale, current}, "JSESSIONID", "h8l8U78H_DJWCF3N4Xir6ZL"));
    }

    @Test
    void findsNothingWhenTheBrowserSentNoCookieOfTheSession() {
        assertNull(SessionCookies.find(null, "JSESSIONID", "h8l8U78H_DJWCF3N4Xir6ZL"));
        assertNull(SessionCookies.find(new Cookie[] {new Cookie("JSESSIONID", "0000olderSession:1d3dcdf0")},
                "JSESSIONID", "h8l8U78H_DJWCF3N4Xir6ZL"));
    }

    @Test
    void theSecureCopyKeepsNameAndValueSoItReplacesLibertysCookie() {
        Cookie secure = SessionCookies.secureCopy(new Cookie("JSESSIONID", LIBERTY_VALUE), "/");
        assertEquals("JSESSIONID", secure.getName());
        assertEquals(LIBERTY_VALUE, secure.getValue());
        assertEquals("/", secure.getPath());
        assertTrue(secure.getSecure());
        assertTrue(secure.isHttpOnly());
        assertEquals("Lax", secure.getAttribute("SameSite"));
        assertEquals(-1, secure.getMaxAge(), "a browser-session cookie, like Liberty's");
    }
}
