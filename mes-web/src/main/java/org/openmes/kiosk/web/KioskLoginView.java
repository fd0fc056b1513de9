package org.openmes.kiosk.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.kiosk.service.KioskDto;
import org.openmes.kiosk.service.KioskSignInService;
import org.openmes.kiosk.service.OperatorSignIn;

/**
 * The kiosk's sign-in page: badge number (typed, or scanned by a keyboard-wedge reader that ends with Enter) and PIN.
 * Only a browser enrolled as a kiosk gets the form; a signed-in operator gets the kiosk session cookie.
 */
@Named
@RequestScoped
public class KioskLoginView {
    @EJB
    private KioskSignInService signInService;

    @Inject
    @ConfigProperty(name = "mes.kiosk.idle-timeout", defaultValue = "PT5M")
    private Duration idleTimeout;

    private KioskDto kiosk;
    private String badgeNumber;
    private String pin;

    @PostConstruct
    void recogniseDevice() {
        kiosk = KioskCookies.deviceSecret(request()).flatMap(signInService::kioskOf).orElse(null);
    }

    public void signIn() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        String deviceSecret = KioskCookies.deviceSecret(request()).orElse(null);
        OperatorSignIn answer = signInService.signIn(deviceSecret, badgeNumber, pin);
        pin = null;
        if (!answer.accepted()) {
            // the next person at a shared kiosk starts with empty fields
            badgeNumber = null;
            context.addMessage("pin", new FacesMessage(FacesMessage.SEVERITY_ERROR, answer.message(), answer.message()));
            context.validationFailed();
            return;
        }
        ExternalContext external = context.getExternalContext();
        KioskCookies.setSession(request(), (HttpServletResponse) external.getResponse(),
                KioskSessionToken.issue(answer.principalName(), answer.displayName(), answer.kioskCode(), idleTimeout),
                idleTimeout);
        external.redirect(external.getRequestContextPath() + "/kiosk/index.xhtml");
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** The kiosk this browser is, or null: then the page explains how to enrol it and shows no form. */
    public KioskDto getKiosk() {
        return kiosk;
    }

    public String getBadgeNumber() {
        return badgeNumber;
    }

    public void setBadgeNumber(String badgeNumber) {
        this.badgeNumber = badgeNumber;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }
}
