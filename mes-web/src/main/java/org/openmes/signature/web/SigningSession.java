package org.openmes.signature.web;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.openmes.signature.service.SigningChallenge;

/**
 * What the signer's session holds while they sign in again at the provider: the signing under way and the page to
 * return to; afterwards, one message about how it went, shown once by that page.
 */
public final class SigningSession {
    private static final String CHALLENGE = SigningSession.class.getName() + ".challenge";
    private static final String RETURN_TO = SigningSession.class.getName() + ".returnTo";
    private static final String OUTCOME = SigningSession.class.getName() + ".outcome";

    /**
     * The outcome of a signing, for the page the signer returns to; {@code signatureId} names the signature made (null
     * when none was), for a page that goes on to use it, as the downtime page does to confirm an event.
     */
    public record Outcome(boolean signed, String message, Long signatureId) implements java.io.Serializable {
    }

    private SigningSession() {
    }

    /** Remembers {@code challenge}; {@code returnTo} is a path of this application, such as {@code /plant.xhtml?node=4}. */
    public static void begin(HttpSession session, SigningChallenge challenge, String returnTo) {
        if (!returnTo.startsWith("/") || returnTo.startsWith("//")) {
            throw new IllegalArgumentException("not a path of this application: " + returnTo);
        }
        session.setAttribute(CHALLENGE, challenge);
        session.setAttribute(RETURN_TO, returnTo);
    }

    /** The signing under way, taken out of the session: an answer of the provider is used once. */
    static Optional<SigningChallenge> takeChallenge(HttpSession session) {
        Optional<SigningChallenge> challenge = Optional.ofNullable((SigningChallenge) session.getAttribute(CHALLENGE));
        session.removeAttribute(CHALLENGE);
        return challenge;
    }

    static String returnTo(HttpSession session) {
        Object path = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        return path == null ? "/" : (String) path;
    }

    static void finish(HttpSession session, Outcome outcome) {
        session.setAttribute(OUTCOME, outcome);
    }

    /** How the last signing went, once: the page that shows it takes it out of the session. */
    public static Optional<Outcome> takeOutcome(HttpSession session) {
        Optional<Outcome> outcome = Optional.ofNullable((Outcome) session.getAttribute(OUTCOME));
        session.removeAttribute(OUTCOME);
        return outcome;
    }
}
