package org.openmes.kiosk.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two cookies of a kiosk, both limited to {@code /kiosk}, HttpOnly, SameSite=Strict and Secure over HTTPS: the
 * device secret that makes the browser a registered kiosk (kept for years), and the operator's session token (kept
 * for the idle time, read by the server's MicroProfile JWT configuration "kioskSession").
 */
public final class KioskCookies {
    static final String DEVICE = "MES_KIOSK_DEVICE";
    /** Named in server.xml (mpJwt kioskSession, cookieName). */
    static final String SESSION = "MES_KIOSK";
    private static final String PATH = "/kiosk";
    private static final Duration DEVICE_LIFETIME = Duration.ofDays(5 * 365);

    private KioskCookies() {
    }

    static Optional<String> deviceSecret(HttpServletRequest request) {
        return value(request, DEVICE);
    }

    static void setDeviceSecret(HttpServletRequest request, HttpServletResponse response, String secret) {
        response.addCookie(cookie(request, DEVICE, secret, (int) DEVICE_LIFETIME.toSeconds()));
    }

    static void setSession(HttpServletRequest request, HttpServletResponse response, String token, Duration lifetime) {
        response.addCookie(cookie(request, SESSION, token, (int) lifetime.toSeconds()));
    }

    static void clearSession(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, SESSION, "", 0));
    }

    private static Optional<String> value(HttpServletRequest request, String name) {
        return request.getCookies() == null ? Optional.empty()
                : Arrays.stream(request.getCookies()).filter(cookie -> name.equals(cookie.getName())).map(Cookie::getValue)
                        .filter(value -> !value.isBlank()).findFirst();
    }

    private static Cookie cookie(HttpServletRequest request, String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath() + PATH);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAgeSeconds);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
