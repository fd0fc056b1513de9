package org.openmes.platform.web;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.openmes.common.ForbiddenException;
import org.openmes.common.NotAuthenticatedException;

/** A refusal of access is not a message beside an input: it reaches the page exception handler (error page, 403). */
class ActionFeedbackTest {

    @Test
    void aForbiddenActionIsPassedOnToTheErrorPage() {
        ForbiddenException refused = new ForbiddenException("plant.view", "needs permission 'plant.view'");
        assertSame(refused, assertThrows(ForbiddenException.class, () -> ActionFeedback.run("plantForm", () -> {
            throw refused;
        })));
    }

    @Test
    void anActionWithoutASignedInUserIsPassedOnToTheErrorPage() {
        assertThrows(NotAuthenticatedException.class, () -> ActionFeedback.run("auditForm", () -> {
            throw new NotAuthenticatedException("sign in first");
        }));
    }
}
