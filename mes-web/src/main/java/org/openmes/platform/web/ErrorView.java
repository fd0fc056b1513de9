package org.openmes.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.net.URI;
import java.net.URISyntaxException;
import org.openmes.common.ForbiddenException;
import org.openmes.common.NotAuthenticatedException;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

/**
 * What {@code /error.xhtml} tells the user: page not found, page expired (reload), access denied (the user lacks
 * the permission the page or action needs: a 403 error dispatch, or a refusal the page exception handler passed on),
 * not signed in, or a generic failure. The
 * failure arrives either as a servlet error dispatch (request attributes) or, for Faces requests, through the
 * PrimeFaces exception handler's redirect (an {@link ExceptionInfo} in the session, already logged by it).
 */
@Named
@RequestScoped
public class ErrorView {
    /**
     * Request attribute: why a page was refused, in the service's words, set before the refusal's error dispatch
     * (the container would hand on the error message only HTML-escaped).
     */
    public static final String REFUSAL = ErrorView.class.getName() + ".refusal";

    private boolean notFound;
    private boolean viewExpired;
    private boolean forbidden;
    /** Why the user may not see the page (the service's words, naming the permission), or null. */
    private String refusal;
    private boolean notSignedIn;
    private String reloadUrl;

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        reloadUrl = reloadUrl(external.getRequestHeaderMap().get("Referer"), external.getRequestScheme(),
                external.getRequestServerName(), external.getRequestServerPort(), external.getRequestContextPath());
        Object status = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        notFound = Integer.valueOf(404).equals(status);
        notSignedIn = Integer.valueOf(401).equals(status);
        forbidden = Integer.valueOf(403).equals(status);
        if (forbidden) {
            refusal = (String) external.getRequestMap().get(REFUSAL);
        }
        Throwable failure = (Throwable) external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        if (failure == null && external.getSession(false) != null) {
            // Removed once shown, so a later visit of this page does not repeat an old failure.
            ExceptionInfo info = (ExceptionInfo) external.getSessionMap().remove(ExceptionInfo.ATTRIBUTE_NAME);
            failure = info == null ? null : info.getException();
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            viewExpired |= t instanceof ViewExpiredException;
            notSignedIn |= t instanceof NotAuthenticatedException;
            if (t instanceof ForbiddenException refused) {
                forbidden = true;
                refusal = refused.getMessage();
            }
        }
    }

    /** The page needs a permission the user lacks, or a signed-in user. */
    public boolean isAccessDenied() {
        return forbidden || notSignedIn;
    }

    public boolean isViewExpired() {
        return viewExpired;
    }

    /** Where "Reload the page" leads: the page that expired, as the redirect here came from it, else home. */
    public String getReloadUrl() {
        return reloadUrl;
    }

    /**
     * The referring page when it is a page of this application (same scheme, host, port and context), else the home
     * page: the Referer comes from the client and must not turn the error page into a link to another site.
     */
    static String reloadUrl(String referer, String scheme, String host, int port, String contextPath) {
        String home = contextPath + "/";
        if (referer == null) {
            return home;
        }
        try {
            URI uri = new URI(referer);
            int refererPort = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            boolean ours = scheme.equalsIgnoreCase(uri.getScheme()) && host.equalsIgnoreCase(uri.getHost())
                    && port == refererPort && uri.getRawPath() != null && uri.getRawPath().startsWith(home);
            return ours ? referer : home;
        } catch (URISyntaxException e) {
            // not a URL at all, so not one of our pages either
            return home;
        }
    }

    public String getTitle() {
        if (viewExpired) {
            return "Page expired";
        }
        if (isAccessDenied()) {
            return notSignedIn ? "Not signed in" : "Access denied";
        }
        return notFound ? "Page not found" : "Something went wrong";
    }

    public String getMessage() {
        if (viewExpired) {
            return "The page was left unused for too long, or the server restarted, so it can no longer send changes. "
                    + "Reload it to continue; changes that were not saved are lost.";
        }
        if (notFound) {
            return "There is no page at this address.";
        }
        if (notSignedIn) {
            return "This page needs a signed-in user. Sign in and open it again.";
        }
        if (forbidden) {
            return (refusal != null ? refusal + ". " : "You are not allowed to open this page. ")
                    + "Ask your administrator if you need it.";
        }
        return "The server could not complete the request. The problem was logged; try again, "
                + "and tell your administrator if it keeps happening.";
    }
}
