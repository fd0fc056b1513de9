package org.openmes.andon.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.common.InvalidInputException;

class RecipientTest {
    @Test
    void rolesUsersAndShiftsAreRead() {
        assertEquals(new Recipient(Recipient.Kind.ROLE, "SHIFT_MANAGER"), Recipient.parse(" role:SHIFT_MANAGER "));
        assertEquals(new Recipient(Recipient.Kind.USER, "maria.k"), Recipient.parse("user:maria.k"));
        assertTrue(Recipient.parse("shift:current").isCurrentShift());
        Recipient early = Recipient.parse("shift:EARLY");
        assertEquals(Recipient.Kind.SHIFT, early.kind());
        assertFalse(early.isCurrentShift());
        assertEquals("shift:EARLY", early.toString());
    }

    @Test
    void aStoredListIsReadBackInOrder() {
        assertEquals(List.of("role:QUALITY", "user:ann", "shift:current"),
                Recipient.parseAll("role:QUALITY,user:ann,shift:current").stream().map(Recipient::toString).toList());
        assertEquals(List.of(), Recipient.parseAll(""));
    }

    @Test
    void anythingElseIsRefusedNamingTheRecipientsField() {
        for (String bad : List.of("role:NOBODY", "shift:", "shift:late shift", "user:", "crew:A", "SHIFT_MANAGER", "")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> Recipient.parse(bad), bad);
            assertEquals("recipients", refused.getField(), bad);
        }
    }

    @Test
    void aRuleKeepsShiftRecipientsAndRefusesABadOne() {
        EscalationRule rule = new EscalationRule(1L, org.openmes.common.shopfloor.AndonPriority.HIGH, 1, 60, 600,
                List.of("shift:current", " user:ann "));
        assertEquals("shift:current,user:ann", rule.getRecipients());
        assertEquals(2, rule.recipientList().size());
        assertThrows(InvalidInputException.class, () -> rule.change(60, 600, List.of("shift:two words")));
    }
}
