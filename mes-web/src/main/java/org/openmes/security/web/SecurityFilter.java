package org.openmes.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.security.service.ClientRequest;

/**
 * First in front of everything the web module serves: sends plain-HTTP requests to HTTPS when
 * {@code mes.https.redirect} is on, sets the {@link SecurityHeaders} and marks the session cookie Secure for
 * sessions used over HTTPS. Runs for error dispatches too, so error pages get the same headers. It also marks
 * the request as a client's ({@link ClientRequest}), so that a guarded service refuses it when it has no
 * signed-in caller rather than taking it for the MES's own work.
 */
@WebFilter(filterName = "securityFilter", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    /**
     * Session attribute: the session id whose cookie went out Secure already, so it is re-issued once per id (a new
     * id, as after {@code changeSessionId()} at sign-in, gets a new cookie from Liberty and is re-issued again).
     */
    static final String SECURE_COOKIE_ISSUED = SecurityFilter.class.getName() + ".secureCookieIssued";

    @Inject
    @ConfigProperty(name = "mes.https.redirect", defaultValue = "false")
    boolean redirectToHttps;

    @Inject
    @ConfigProperty(name = "mes.https.port", defaultValue = "9443")
    int httpsPort;

    /** When true Liberty marks every session cookie Secure itself (server.xml {@code httpSession cookieSecure}). */
    @Inject
    @ConfigProperty(name = "mes.session.cookie-secure", defaultValue = "false")
    boolean cookieAlwaysSecure;

    @Inject
    ClientRequest clientRequest;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        clientRequest.markFromClient();
        boolean https = request.isSecure();
        SecurityHeaders.forResponse(https).forEach(response::setHeader);
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (HttpsRedirect.applies(redirectToHttps, https, path)) {
                response.setStatus(HttpsRedirect.status(request.getMethod()));
                response.setHeader("Location", HttpsRedirect.location(request.getServerName(), httpsPort,
                        request.getRequestURI(), request.getQueryString()));
                return;
            }
            if (https && !cookieAlwaysSecure) {
                secureSessionCookie(request, response);
            }
        }
        chain.doFilter(request, new PolicyReplacingResponse(response));
    }

    /**
     * Re-issues the session cookie with the Secure flag on the first HTTPS request that sends it back. Liberty writes
     * the cookie of a new session itself, without Secure; the page's own scripts and styles are fetched right after
     * it with the cookie, and that response marks it Secure.
     */
    private static void secureSessionCookie(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getId().equals(session.getAttribute(SECURE_COOKIE_ISSUED))) {
            return;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        Cookie sent = SessionCookies.find(request.getCookies(),
                Objects.requireNonNullElse(config.getName(), SessionCookies.DEFAULT_NAME), session.getId());
        if (sent != null) {
            response.addCookie(SessionCookies.secureCopy(sent, Objects.requireNonNullElse(config.getPath(), "/")));
            session.setAttribute(SECURE_COOKIE_ISSUED, session.getId());
        }
    }

    /**
     * Turns a second Content-Security-Policy into a replacement of the default one: browsers enforce every policy
     * they receive, so the page's own policy (with PrimeFaces' nonce) must not be added next to "allow nothing".
     */
    private static final class PolicyReplacingResponse extends HttpServletResponseWrapper {
        PolicyReplacingResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
