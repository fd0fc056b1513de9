package org.openmes.kiosk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.Principal;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The signed-in operator's kiosk page: who is signed in at which kiosk, and when an idle kiosk signs them out. */
@Named
@RequestScoped
public class KioskHomeView {
    @Inject
    @ConfigProperty(name = "mes.kiosk.idle-timeout", defaultValue = "PT5M")
    private Duration idleTimeout;

    public String getOperatorName() {
        return claim(KioskSessionToken.NAME_CLAIM);
    }

    public String getKioskCode() {
        return claim(KioskSessionToken.KIOSK_CLAIM);
    }

    /** Seconds without a touch or key after which the page signs the operator out (kiosk-idle.js). */
    public long getIdleSeconds() {
        return idleTimeout.toSeconds();
    }

    private static String claim(String name) {
        Principal caller = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        return caller instanceof JsonWebToken token ? KioskSessionToken.text(token, name) : null;
    }
}
