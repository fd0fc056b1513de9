package org.openmes.kiosk.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Keeps a working operator signed in: the kiosk session lives for the idle time only, so a request of the operator's
 * renews it once it is half used. An idle kiosk's session simply expires (and kiosk-idle.js shows the sign-in again).
 * What the kiosk's page does by itself (the push websocket, refreshes on a push) is not the operator working, so it
 * renews nothing.
 */
@WebFilter("/kiosk/*")
public class KioskSessionFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** The kiosks' push websocket (KioskPushEndpoint). */
    private static final String PUSH_SOCKET = "/kiosk/push";
    /** The client id's end of the remote command by which resources/mes/push.xhtml refreshes a page. */
    private static final String PUSH_REFRESH = ":pushForm:refresh";

    @Inject
    @ConfigProperty(name = "mes.kiosk.idle-timeout", defaultValue = "PT5M")
    private transient Duration idleTimeout;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request.getUserPrincipal() instanceof JsonWebToken token && token.containsClaim(KioskSessionToken.KIOSK_CLAIM)
                && !byThePageItself(request)) {
            Duration idle = idleTimeout;
            if (Instant.ofEpochSecond(token.getIssuedAtTime()).plus(idle.dividedBy(2)).isBefore(Instant.now())) {
                KioskCookies.setSession(request, response, KioskSessionToken.issue(token.getSubject(),
                        KioskSessionToken.text(token, KioskSessionToken.NAME_CLAIM), KioskSessionToken.text(token, KioskSessionToken.KIOSK_CLAIM),
                        idle), idle);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean byThePageItself(HttpServletRequest request) {
        if (request.getRequestURI().endsWith(PUSH_SOCKET)) {
            return true;
        }
        // a push refresh is always an AJAX request; other posts (uploads among them) are left unread here
        if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return false;
        }
        String source = request.getParameter("jakarta.faces.source");
        return source != null && source.endsWith(PUSH_REFRESH);
    }
}
