package org.openmes.andon.model;

import org.openmes.common.shopfloor.AndonPriority;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

class AndonCallTest {
    private static final Instant T0 = Instant.parse("2026-11-21T06:00:00Z");

    private final AndonCall call = new AndonCall(7, null, AndonKind.MATERIAL, null, AndonSource.OPERATOR, " film roll empty ", null, "maria", T0);

    @Test
    void aCallStartsOpenAtLevelOneWithItsKindsDefaultPriority() {
        assertEquals(AndonStatus.OPEN, call.getStatus());
        assertEquals(1, call.getEscalationLevel());
        assertEquals(AndonPriority.MEDIUM, call.getPriority());
        assertEquals("film roll empty", call.getDescription());
    }

    @Test
    void everyMoveOfTheEscalationMakesEarlierTimersStale() {
        int raised = call.getEscalationSequence();
        call.escalateTo(2);
        call.acknowledge("lead", T0.plusSeconds(60));
        call.resolve("Roll changed", "lead", T0.plusSeconds(120));
        assertEquals(raised + 3, call.getEscalationSequence());
        assertEquals(AndonStatus.RESOLVED, call.getStatus());
    }

    @Test
    void stepsTheStateDoesNotAllowAreRefused() {
        call.acknowledge("lead", T0);
        ConflictException twice = assertThrows(ConflictException.class, () -> call.acknowledge("lead", T0));
        assertTrue(twice.getMessage().contains("only an open call can be acknowledged"), twice.getMessage());
        assertThrows(ConflictException.class, () -> call.escalateTo(1));
        assertEquals("notes", assertThrows(InvalidInputException.class, () -> call.resolve(" ", "lead", T0)).getField());
        call.resolve("done", "lead", T0);
        assertThrows(ConflictException.class, () -> call.escalateTo(3));
        assertThrows(ConflictException.class, () -> call.resolve("again", "lead", T0));
    }

    @Test
    void recipientsAreRolesOrUsers() {
        EscalationRule rule = new EscalationRule(null, AndonPriority.HIGH, 1, 60, 600, List.of(" role:SHIFT_MANAGER ", "user:maria"));
        assertEquals("role:SHIFT_MANAGER,user:maria", rule.getRecipients());
        assertEquals("recipients", assertThrows(InvalidInputException.class,
                () -> new EscalationRule(null, AndonPriority.HIGH, 1, 60, 600, List.of("role:JANITOR"))).getField());
        assertEquals("acknowledgeTimeoutSeconds", assertThrows(InvalidInputException.class,
                () -> new EscalationRule(null, AndonPriority.HIGH, 1, 0, 600, List.of("user:x"))).getField());
    }
}
