package org.openmes.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Optional;
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

    private Optional<CallerDto> caller() {
        if (caller == null) {
            caller = callers.signedIn();
        }
        return caller;
    }
}
