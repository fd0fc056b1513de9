package org.openmes.kiosk.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openmes.kiosk.service.KioskSignInService;
import org.openmes.platform.web.ActionFeedback;

/** Enrols this browser as a kiosk with the one-time code an administrator got when registering the kiosk. */
@Named
@RequestScoped
public class KioskEnrolView {
    private static final String FORM = "enrolForm";

    @EJB
    private KioskSignInService signInService;

    private String enrolmentCode;

    public void enrol() {
        ActionFeedback.run(FORM, () -> {
            String deviceSecret = signInService.enrolDevice(enrolmentCode);
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            KioskCookies.setDeviceSecret((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(), deviceSecret);
            try {
                external.redirect(external.getRequestContextPath() + "/kiosk/login.xhtml");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public String getEnrolmentCode() {
        return enrolmentCode;
    }

    public void setEnrolmentCode(String enrolmentCode) {
        this.enrolmentCode = enrolmentCode;
    }
}
