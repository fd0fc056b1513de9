package org.openmes.execution.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

class ChecklistCompletionTest {
    private static final Instant T0 = Instant.parse("2026-11-21T06:00:00Z");

    private final ChecklistTemplate template = template();

    private static ChecklistTemplate template() {
        ChecklistTemplate template = new ChecklistTemplate(3, 1, "Start-up");
        template.addItem(ChecklistItemKind.CHECKBOX, "Guards closed", true, null, null, null, null);
        template.addItem(ChecklistItemKind.NUMBER, "Air pressure", true, new BigDecimal("5.5"), new BigDecimal("7.0"), null, LimitViolation.BLOCK);
        template.addItem(ChecklistItemKind.SELECT, "Film", true, null, null, List.of("A", "B"), null);
        return template;
    }

    @Test
    void aNumberOutsideItsLimitsMarksTheAnswerAndBlocksTheStart() {
        ChecklistCompletion within = new ChecklistCompletion(template, 9);
        within.complete(answers("6.0", "A"), "maria", T0);
        assertFalse(within.blocksStart());
        ChecklistCompletion outside = new ChecklistCompletion(template, 9);
        outside.complete(answers("7.5", "A"), "maria", T0);
        assertTrue(outside.blocksStart());
        assertNotEquals(within.getAnswersSha256(), outside.getAnswersSha256(), "the digest covers the answers");
        assertThrows(ConflictException.class, () -> outside.complete(answers("6.0", "A"), "maria", T0));
    }

    @Test
    void anItemMayRaiseAnAndonInsteadOfBlocking() {
        ChecklistTemplate sealing = new ChecklistTemplate(3, 1, "Sealing");
        sealing.addItem(ChecklistItemKind.NUMBER, "Jaw temperature", true, new BigDecimal("150"), new BigDecimal("180"), null, LimitViolation.ANDON);
        ChecklistCompletion hot = new ChecklistCompletion(sealing, 9);
        hot.complete(answers("195", null), "maria", T0);
        assertFalse(hot.blocksStart());
        assertTrue(hot.getAnswers().get(0).raisesAndon());
    }

    @Test
    void aChoiceOutsideTheOptionsIsRefusedAtItsItem() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> new ChecklistCompletion(template, 9).complete(answers("6.0", "C"), "maria", T0));
        assertEquals("answers.item3", refused.getField());
    }

    @Test
    void limitsBelongToNumbersOnly() {
        assertThrows(InvalidInputException.class,
                () -> template.addItem(ChecklistItemKind.TEXT, "Note", false, BigDecimal.ONE, null, null, null));
        assertThrows(InvalidInputException.class,
                () -> template.addItem(ChecklistItemKind.TEXT, "Note", false, null, null, null, LimitViolation.BLOCK));
    }

    /**
     * Items not saved yet have no id, so one answer keyed {@code null} reaches every item, each kind reading its own
     * field of it: ticked, the film as text, the pressure as number.
     */
    private static Map<Long, AnswerValue> answers(String pressure, String film) {
        Map<Long, AnswerValue> answers = new HashMap<>();
        answers.put(null, new AnswerValue(true, film, new BigDecimal(pressure), null, null));
        return answers;
    }
}
