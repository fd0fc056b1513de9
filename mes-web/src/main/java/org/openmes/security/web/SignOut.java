package org.openmes.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * Signs the user out of the MES: ends the container's sign-on (the MES_SIGNON cookie and the OpenID client's
 * session) and the HTTP session, then shows the signed-out page. The user's session at the OpenID provider is the
 * provider's: signing in again may not ask for the password until it ends there (docs/security.md).
 */
@Named
@RequestScoped
public class SignOut {

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/signed-out.xhtml");
    }
}
