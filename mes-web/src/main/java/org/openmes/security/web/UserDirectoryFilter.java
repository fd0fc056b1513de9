package org.openmes.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openmes.security.service.UserDirectory;

/**
 * Tells the {@link UserDirectory} who signed in, with the groups Liberty gave them: every authenticated request
 * passes here (the browser's first one after the OpenID Connect sign-on, each bearer-token call), and the directory
 * writes only what is news. Remembering is a side matter: when it fails the request goes on, and the failure is
 * logged.
 */
@WebFilter(filterName = "userDirectoryFilter", urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class UserDirectoryFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(UserDirectoryFilter.class.getName());

    @Inject
    UserDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null) {
            try {
                directory.seen(principal);
            } catch (RuntimeException e) {
                // a sign-in never fails for want of being remembered; the next request of this user tries again
                LOG.log(Level.WARNING, "Could not remember the groups of " + principal.getName() + "; the request goes on", e);
            }
        }
        chain.doFilter(request, response);
    }
}
