package org.openmes.orders.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

class MoBatchOperationTest {
    private static final Workstation AT = new Workstation("op-1", "K-1", 7L);
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

    /** Saw (10, may overlap) → Mill (20, no overlap) → Pack (30), ten units released in one batch. */
    private static MoBatch releasedBatch() {
        ManufacturingOrder mo = new ManufacturingOrder("MO-7", 5L, new BigDecimal("10"), LocalDate.of(2026, 12, 1), 3, List.of(
                new MoOperation.Spec(10, "Saw", 1L, BigDecimal.ONE, BigDecimal.ONE, false, true),
                new MoOperation.Spec(20, "Mill", 2L, BigDecimal.ONE, BigDecimal.ONE, true, false),
                new MoOperation.Spec(30, "Pack", 3L, BigDecimal.ONE, BigDecimal.ONE, false, false)), null);
        mo.approve();
        mo.release();
        return mo.getBatches().get(0);
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    private static MoBatchOperation op(MoBatch batch, int index) {
        return batch.getOperations().get(index);
    }

    @Test
    void theFirstStartStartsTheBatchAndTheOrder() {
        MoBatch batch = releasedBatch();
        OperationConfirmation started = op(batch, 0).start(AT, NOW);

        assertEquals(ConfirmationKind.START, started.getKind());
        assertEquals("op-1", started.getOperator());
        assertEquals(1L, started.getWorkCenterId());
        assertEquals(OperationStatus.IN_PROGRESS, op(batch, 0).getStatus());
        assertEquals(BatchStatus.IN_PROGRESS, batch.getStatus());
        assertEquals(MoStatus.IN_PROGRESS, batch.getOrder().getStatus());
    }

    @Test
    void pauseAndResumeAlternateAndCannotBeRepeated() {
        MoBatchOperation saw = op(releasedBatch(), 0);
        assertEquals("status", assertThrows(ConflictException.class, () -> saw.pause(AT, NOW)).getField());
        saw.start(AT, NOW);
        assertEquals(ConfirmationKind.PAUSE, saw.pause(AT, NOW).getKind());
        assertThrows(ConflictException.class, () -> saw.pause(AT, NOW));
        assertEquals(OperationStatus.PAUSED, saw.getStatus());
        assertEquals(ConfirmationKind.RESUME, saw.resume(AT, NOW).getKind());
        assertThrows(ConflictException.class, () -> saw.resume(AT, NOW));
        assertThrows(ConflictException.class, () -> saw.start(AT, NOW));
        assertEquals(OperationStatus.IN_PROGRESS, saw.getStatus());
    }

    @Test
    void aPlannedBatchCannotStart() {
        ManufacturingOrder mo = new ManufacturingOrder("MO-8", 5L, qty("4"), LocalDate.of(2026, 12, 1), 3,
                List.of(new MoOperation.Spec(10, "Saw", 1L, BigDecimal.ONE, BigDecimal.ONE, false, false)), null);
        mo.splitInto(List.of(qty("2"), qty("2")));
        mo.approve();
        mo.releaseBatch(mo.getBatches().get(0));
        MoBatchOperation planned = mo.getBatches().get(1).getOperations().get(0);

        ConflictException refused = assertThrows(ConflictException.class, () -> planned.start(AT, NOW));
        assertTrue(refused.getMessage().contains("PLANNED"), refused.getMessage());
        assertEquals(OperationStatus.QUEUED, planned.getStatus());
    }

    @Test
    void withoutOverlapTheNextOperationWaitsForItsPredecessorToComplete() {
        MoBatch batch = releasedBatch();
        op(batch, 0).start(AT, NOW);
        op(batch, 0).complete(qty("8"), qty("2"), false, AT, NOW);
        op(batch, 1).start(AT, NOW);
        op(batch, 1).complete(qty("3"), BigDecimal.ZERO, true, AT, NOW);

        ConflictException refused = assertThrows(ConflictException.class, () -> op(batch, 2).start(AT, NOW));
        assertEquals("predecessor", refused.getField());
        assertTrue(refused.getMessage().contains("operation 20 Mill is in progress"), refused.getMessage());
        assertEquals(OperationStatus.QUEUED, op(batch, 2).getStatus());
    }

    @Test
    void overlapLetsTheNextOperationStartOnceThePredecessorPassedOnGoodUnits() {
        MoBatch batch = releasedBatch();
        op(batch, 0).start(AT, NOW);
        assertEquals("predecessor", op(batch, 1).startRefusal().getField(), "no good units yet");

        op(batch, 0).complete(qty("4"), BigDecimal.ZERO, true, AT, NOW);
        assertNull(op(batch, 1).startRefusal());
        op(batch, 1).start(AT, NOW);
        op(batch, 1).complete(qty("4"), BigDecimal.ZERO, true, AT, NOW);

        InvalidInputException beyond = assertThrows(InvalidInputException.class,
                () -> op(batch, 1).complete(qty("1"), BigDecimal.ZERO, true, AT, NOW));
        assertEquals("goodQuantity", beyond.getField());
        assertTrue(beyond.getMessage().contains("only 4 were passed on as good by operation 10 Saw"), beyond.getMessage());
        assertEquals("predecessor", assertThrows(ConflictException.class,
                () -> op(batch, 1).complete(BigDecimal.ZERO, BigDecimal.ZERO, false, AT, NOW)).getField(),
                "the final completion waits for the predecessor's");
    }

    @Test
    void completingMoreThanReleasedIsRefusedNamingTheFieldAndChangesNothing() {
        MoBatchOperation saw = op(releasedBatch(), 0);
        saw.start(AT, NOW);
        saw.complete(qty("6"), BigDecimal.ZERO, true, AT, NOW);

        InvalidInputException good = assertThrows(InvalidInputException.class,
                () -> saw.complete(qty("5"), BigDecimal.ZERO, false, AT, NOW));
        assertEquals("goodQuantity", good.getField());
        assertTrue(good.getMessage().contains("only 10 were released"), good.getMessage());
        assertEquals("scrapQuantity", assertThrows(InvalidInputException.class,
                () -> saw.complete(BigDecimal.ZERO, qty("5"), false, AT, NOW)).getField());
        assertEquals("scrapQuantity", assertThrows(InvalidInputException.class,
                () -> saw.complete(BigDecimal.ZERO, qty("-1"), true, AT, NOW)).getField());
        assertEquals("goodQuantity", assertThrows(InvalidInputException.class,
                () -> saw.complete(BigDecimal.ZERO, BigDecimal.ZERO, true, AT, NOW)).getField(), "an empty partial report");
        assertEquals(0, qty("6").compareTo(saw.getGoodQuantity()));
        assertEquals(OperationStatus.IN_PROGRESS, saw.getStatus());
    }

    @Test
    void partialAndFinalCompletionsAddUpAndThePausedOperationMayBeCompleted() {
        MoBatchOperation saw = op(releasedBatch(), 0);
        saw.start(AT, NOW);
        OperationConfirmation partial = saw.complete(qty("3"), qty("1"), true, AT, NOW);
        saw.pause(AT, NOW);
        OperationConfirmation last = saw.complete(qty("5"), BigDecimal.ZERO, false, AT, NOW.plusSeconds(60));

        assertEquals(ConfirmationKind.PARTIAL, partial.getKind());
        assertEquals(ConfirmationKind.COMPLETE, last.getKind());
        assertEquals(0, qty("5").compareTo(last.getGoodQuantity()), "a confirmation holds what it reported");
        assertEquals(0, qty("8").compareTo(saw.getGoodQuantity()));
        assertEquals(0, qty("1").compareTo(saw.getScrapQuantity()));
        assertEquals(OperationStatus.COMPLETED, saw.getStatus());
        assertThrows(ConflictException.class, () -> saw.complete(qty("1"), BigDecimal.ZERO, true, AT, NOW));
    }

    @Test
    void completingTheLastOperationCompletesTheBatchWithItsGoodUnits() {
        MoBatch batch = releasedBatch();
        for (MoBatchOperation operation : batch.getOperations()) {
            operation.start(AT, NOW);
            operation.complete(qty("9").subtract(BigDecimal.valueOf(operation.getOperation().getSequence() / 10)),
                    BigDecimal.ZERO, false, AT, NOW);
            if (operation.getOperation().isQualityCheck()) {
                operation.passInspection(NOW);
            }
        }
        assertEquals(BatchStatus.COMPLETED, batch.getStatus());
        assertEquals(0, qty("6").compareTo(batch.getCompletedQuantity()));
        assertEquals(MoStatus.IN_PROGRESS, batch.getOrder().getStatus(), "the order is completed by PPIC");
    }

    @Test
    void anOperationAfterOneCompletedWithoutGoodUnitsCannotStart() {
        MoBatch batch = releasedBatch();
        op(batch, 0).start(AT, NOW);
        op(batch, 0).complete(BigDecimal.ZERO, qty("10"), false, AT, NOW);

        ConflictException refused = assertThrows(ConflictException.class, () -> op(batch, 1).start(AT, NOW));
        assertTrue(refused.getMessage().contains("without good units"), refused.getMessage());
    }

    /** Saw and Mill (quality check) done with {@code good} units at the Mill, which awaits inspection. */
    private static MoBatch millAwaitingInspection(String good) {
        MoBatch batch = releasedBatch();
        op(batch, 0).start(AT, NOW);
        op(batch, 0).complete(qty("10"), BigDecimal.ZERO, false, AT, NOW);
        op(batch, 1).start(AT, NOW);
        op(batch, 1).complete(qty(good), qty("10").subtract(qty(good)), false, AT, NOW);
        return batch;
    }

    @Test
    void theFinalCompletionOfAnOperationWithAQualityCheckAwaitsInspectionAndHoldsTheSuccessor() {
        MoBatch batch = millAwaitingInspection("9");
        MoBatchOperation mill = op(batch, 1);

        assertEquals(OperationStatus.AWAITING_INSPECTION, mill.getStatus());
        assertNull(mill.getCompletedAt(), "not completed before the inspection");
        ConflictException refused = assertThrows(ConflictException.class, () -> op(batch, 2).start(AT, NOW));
        assertEquals("inspection", refused.getField());
        assertTrue(refused.getMessage().contains("operation 20 Mill is awaiting inspection"), refused.getMessage());
        assertEquals("status", assertThrows(ConflictException.class,
                () -> mill.complete(qty("1"), BigDecimal.ZERO, true, AT, NOW)).getField(), "no more reports while awaiting");
        assertEquals("status", assertThrows(ConflictException.class, () -> mill.pause(AT, NOW)).getField());
    }

    @Test
    void aPassCompletesTheOperationAndLetsTheSuccessorStart() {
        MoBatch batch = millAwaitingInspection("9");
        MoBatchOperation mill = op(batch, 1);

        assertEquals(0, qty("9").compareTo(mill.passInspection(NOW)));
        assertEquals(OperationStatus.COMPLETED, mill.getStatus());
        assertEquals(NOW, mill.getCompletedAt().toInstant());
        assertNull(op(batch, 2).startRefusal());
        assertEquals("status", assertThrows(ConflictException.class, () -> mill.passInspection(NOW)).getField(), "only once");
    }

    @Test
    void aFailScrapsTheRejectedUnitsAndTheRestStillAwaitsAPass() {
        MoBatchOperation mill = op(millAwaitingInspection("9"), 1);

        mill.rejectInInspection("quantityRejected", qty("2"), NOW);
        assertEquals(OperationStatus.AWAITING_INSPECTION, mill.getStatus());
        assertEquals(0, qty("7").compareTo(mill.getGoodQuantity()));
        assertEquals(0, qty("3").compareTo(mill.getScrapQuantity()));
        InvalidInputException tooMany = assertThrows(InvalidInputException.class,
                () -> mill.rejectInInspection("quantityRejected", qty("8"), NOW));
        assertEquals("quantityRejected", tooMany.getField());
        assertTrue(tooMany.getMessage().contains("only 7 good units await inspection"), tooMany.getMessage());
        assertEquals("quantityRejected", assertThrows(InvalidInputException.class,
                () -> mill.rejectInInspection("quantityRejected", BigDecimal.ZERO, NOW)).getField());

        mill.rejectInInspection("quantityRejected", qty("7"), NOW);
        assertEquals(OperationStatus.COMPLETED, mill.getStatus(), "nothing left to inspect");
        assertEquals(0, mill.getGoodQuantity().signum());
    }

    @Test
    void reworkTakesTheUnitsBackAndReopensTheOperationUntilItsNextCompletionAwaitsInspectionAgain() {
        MoBatchOperation mill = op(millAwaitingInspection("9"), 1);

        mill.sendToRework("quantityRejected", qty("4"));
        assertEquals(OperationStatus.PAUSED, mill.getStatus());
        assertEquals(0, qty("5").compareTo(mill.getGoodQuantity()));
        mill.resume(AT, NOW);
        mill.complete(qty("4"), BigDecimal.ZERO, false, AT, NOW);
        assertEquals(OperationStatus.AWAITING_INSPECTION, mill.getStatus());
        assertEquals(0, qty("9").compareTo(mill.getGoodQuantity()), "the reworked units reported good again");
    }

    @Test
    void anOperationWithoutQualityCheckHasNoInspection() {
        MoBatchOperation saw = op(releasedBatch(), 0);
        saw.start(AT, NOW);
        saw.complete(qty("10"), BigDecimal.ZERO, false, AT, NOW);

        assertEquals(OperationStatus.COMPLETED, saw.getStatus());
        assertEquals("inspection", assertThrows(ConflictException.class, () -> saw.passInspection(NOW)).getField());
    }

    @Test
    void overlapDoesNotLetUninspectedUnitsPassOn() {
        ManufacturingOrder mo = new ManufacturingOrder("MO-9", 5L, qty("10"), LocalDate.of(2026, 12, 1), 3, List.of(
                new MoOperation.Spec(10, "Grind", 1L, BigDecimal.ONE, BigDecimal.ONE, true, true),
                new MoOperation.Spec(20, "Pack", 2L, BigDecimal.ONE, BigDecimal.ONE, false, false)), null);
        mo.approve();
        mo.release();
        MoBatch batch = mo.getBatches().get(0);
        op(batch, 0).start(AT, NOW);
        op(batch, 0).complete(qty("5"), BigDecimal.ZERO, true, AT, NOW);

        assertEquals("inspection", op(batch, 1).startRefusal().getField());
    }

    @Test
    void aBatchDoesNotCompleteWhileAQualityCheckHasNotPassedNotEvenThroughPpic() {
        MoBatch batch = releasedBatch();
        batch.getOrder().startBatch(batch);

        ConflictException refused = assertThrows(ConflictException.class,
                () -> batch.getOrder().completeBatch(batch, qty("10")));
        assertEquals("inspection", refused.getField());
        assertTrue(refused.getMessage().contains("operation 20 Mill has a quality check and is queued"), refused.getMessage());
        assertEquals(BatchStatus.IN_PROGRESS, batch.getStatus());
    }
}
