package org.openmes.signature.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openmes.common.MesException;
import org.openmes.signature.service.SignatureDto;
import org.openmes.signature.service.SignatureService;
import org.openmes.signature.service.SigningChallenge;

/**
 * Where the OpenID provider sends the signer back after the fresh login a signature asks for
 * ({@code mes.signature.redirect-uri}). Hands the provider's answer to the signature service, which checks it and
 * records the signature or refuses, then returns the signer to the record's page with the outcome.
 */
@WebServlet("/sign/callback")
public class SignatureCallbackServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SignatureCallbackServlet.class.getName());

    @EJB
    private transient SignatureService signatureService;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(true);
        Optional<SigningChallenge> challenge = SigningSession.takeChallenge(session);
        String returnTo = SigningSession.returnTo(session);
        SigningSession.finish(session, outcome(challenge.orElse(null), request));
        response.sendRedirect(request.getContextPath() + returnTo);
    }

    private SigningSession.Outcome outcome(SigningChallenge challenge, HttpServletRequest request) {
        String error = request.getParameter("error");
        if (error != null) {
            String description = request.getParameter("error_description");
            return new SigningSession.Outcome(false, "Not signed: the OpenID provider answered " + error
                    + (description == null ? "" : " (" + description + ")"), null);
        }
        try {
            SignatureDto signature = signatureService.completeSigning(challenge, request.getParameter("state"), request.getParameter("code"));
            return new SigningSession.Outcome(true, signature.meaningLabel() + " by " + signature.signerName() + " at "
                    + signature.signedAt() + " (UTC)", signature.id());
        } catch (MesException refused) {
            return new SigningSession.Outcome(false, "Not signed: " + refused.getMessage(), null);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Signing failed", failure);
            return new SigningSession.Outcome(false, "Not signed: the signature could not be checked; try again or ask IT"
                    + " (the server log has the details)", null);
        }
    }
}
