package org.openmes.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.openmes.common.ForbiddenException;
import org.openmes.common.NotAuthenticatedException;
import org.openmes.platform.web.ErrorView;
import org.openmes.security.service.CallerDto;
import org.openmes.security.service.CallerService;

/**
 * The signed-in user for the pages: the name in the user box and {@code may('plant.view')} to hide what the user
 * may not use. Hiding is a courtesy; the services refuse on their own. Asked once per request.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {
    static final String GUEST = "guest";

    @EJB
    CallerService callers;

    private Optional<CallerDto> caller;

    /** The user's name, or {@value #GUEST} when nobody is signed in. */
    public String name() {
        return caller().map(CallerDto::getName).orElse(GUEST);
    }

    /** Whether the user holds the permission with code {@code permissionCode}. */
    public boolean may(String permissionCode) {
        return caller().map(c -> c.may(permissionCode)).orElse(false);
    }

    /**
     * Refuses the page unless the user holds the permission: a page's {@code f:viewAction}, so that the refusal
     * comes before anything is rendered. The answer is the error page with status 403 (401 without a signed-in
     * user), by the container's error dispatch: it needs no session, unlike the page exception handler's redirect.
     */
    public void require(String permissionCode) {
        try {
            callers.require(permissionCode);
        } catch (ForbiddenException | NotAuthenticatedException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getRequestMap().put(ErrorView.REFUSAL, refused.getMessage());
            try {
                faces.getExternalContext().responseSendError(refused instanceof ForbiddenException ? 403 : 401,
                        refused.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("Answering the refusal of a page failed", e);
            }
            faces.responseComplete();
        }
    }

    private Optional<CallerDto> caller() {
        if (caller == null) {
            caller = callers.signedIn();
        }
        return caller;
    }
}
