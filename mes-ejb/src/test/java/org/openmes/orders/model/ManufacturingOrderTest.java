package org.openmes.orders.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

class ManufacturingOrderTest {
    private static final List<MoOperation.Spec> ROUTING = List.of(
            new MoOperation.Spec(20, "Deburr", 2L, BigDecimal.ZERO, new BigDecimal("0.5"), false, false),
            new MoOperation.Spec(10, "Mill", 1L, new BigDecimal("30"), new BigDecimal("2"), false, true));

    private static ManufacturingOrder order(String quantity) {
        return new ManufacturingOrder("MO-1", 5L, new BigDecimal(quantity), LocalDate.of(2026, 12, 1), 3, ROUTING, null);
    }

    private static BigDecimal qty(String value) {
        return new BigDecimal(value);
    }

    @Test
    void operationsAreCopiedInSequenceOrder() {
        assertEquals(List.of("Mill", "Deburr"), order("10").getOperations().stream().map(MoOperation::getName).toList());
    }

    @Test
    void theWholeLifeCycle() {
        ManufacturingOrder mo = order("10");
        mo.approve();
        mo.release();
        assertEquals(1, mo.getBatches().size(), "an order never split is released as one batch");
        assertEquals(0, qty("10").compareTo(mo.releasedQuantity()));
        mo.start();
        mo.startBatch(mo.getBatches().get(0));
        mo.completeBatch(mo.getBatches().get(0), qty("9"));
        mo.complete(null);
        assertEquals(0, qty("9").compareTo(mo.getCompletedQuantity()));
        mo.close();
        assertEquals(MoStatus.CLOSED, mo.getStatus());
    }

    @Test
    void releaseAndCompletionAreTimedForTheDashboard() {
        ManufacturingOrder mo = order("10");
        mo.approve();
        assertNull(mo.getReleasedAt());
        mo.splitInto(List.of(qty("10")));
        mo.releaseBatch(mo.getBatches().get(0));
        OffsetDateTime released = mo.getReleasedAt();
        assertNotNull(released);
        mo.startBatch(mo.getBatches().get(0));
        mo.completeBatch(mo.getBatches().get(0), qty("10"));
        assertNull(mo.getCompletedAt());
        mo.complete(null);
        assertNotNull(mo.getCompletedAt());
        assertFalse(mo.getCompletedAt().isBefore(released));
        mo.close();
        assertEquals(released, mo.getReleasedAt(), "closing keeps the milestones");
    }

    @Test
    void stepsCannotBeSkipped() {
        ManufacturingOrder mo = order("10");
        assertEquals("status", assertThrows(ConflictException.class, mo::release).getField());
        assertThrows(ConflictException.class, mo::start);
        assertThrows(ConflictException.class, () -> mo.complete(BigDecimal.ONE));
        mo.approve();
        assertThrows(ConflictException.class, mo::approve);
        assertEquals(MoStatus.APPROVED, mo.getStatus());
    }

    @Test
    void completingMoreThanReleasedIsRefusedNamingTheField() {
        ManufacturingOrder mo = order("10");
        mo.splitInto(List.of(qty("4"), qty("6")));
        mo.approve();
        mo.releaseBatch(mo.getBatches().get(0));
        mo.startBatch(mo.getBatches().get(0));
        mo.completeBatch(mo.getBatches().get(0), qty("4"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> mo.complete(qty("5")));
        assertEquals("completedQuantity", refused.getField());
        assertEquals(MoStatus.IN_PROGRESS, mo.getStatus());
    }

    @Test
    void aBatchCannotCompleteMoreThanItsQuantity() {
        ManufacturingOrder mo = order("10");
        mo.splitInto(List.of(qty("4"), qty("6")));
        mo.approve();
        mo.release();
        MoBatch first = mo.getBatches().get(0);
        mo.startBatch(first);
        assertEquals("completedQuantity", assertThrows(InvalidInputException.class,
                () -> mo.completeBatch(first, qty("4.001"))).getField());
    }

    @Test
    void releasingABatchReleasesItsApprovedOrderAndStartingOneStartsIt() {
        ManufacturingOrder mo = order("10");
        mo.splitInto(List.of(qty("5"), qty("5")));
        mo.approve();
        mo.releaseBatch(mo.getBatches().get(1));
        assertEquals(MoStatus.RELEASED, mo.getStatus());
        assertEquals(BatchStatus.PLANNED, mo.getBatches().get(0).getStatus());
        mo.startBatch(mo.getBatches().get(1));
        assertEquals(MoStatus.IN_PROGRESS, mo.getStatus());
    }

    @Test
    void anOrderWithABatchStillInProgressCannotComplete() {
        ManufacturingOrder mo = order("10");
        mo.approve();
        mo.release();
        mo.startBatch(mo.getBatches().get(0));
        assertEquals("status", assertThrows(ConflictException.class, () -> mo.complete(qty("1"))).getField());
    }

    @Test
    void batchesMustAddUpToTheQuantityAndCarryEveryOperation() {
        ManufacturingOrder mo = order("10");
        assertEquals("batches", assertThrows(InvalidInputException.class,
                () -> mo.splitInto(List.of(qty("4"), qty("5")))).getField());
        mo.splitInto(List.of(qty("4"), qty("6")));
        MoBatch second = mo.getBatches().get(1);
        assertEquals(2, second.getBatchNo());
        assertEquals(2, second.getOperations().size());
        // Mill: 30 min setup + 2 min × 6
        assertEquals(0, qty("42").compareTo(second.getOperations().get(0).getPlannedMinutes()));
    }

    @Test
    void aReleasedOrderCannotBeSplitAgain() {
        ManufacturingOrder mo = order("10");
        mo.approve();
        mo.release();
        assertThrows(ConflictException.class, () -> mo.splitInto(List.of(qty("10"))));
    }

    @Test
    void priorityIsOneToFive() {
        assertEquals("priority", assertThrows(InvalidInputException.class,
                () -> new ManufacturingOrder("MO-2", 5L, BigDecimal.ONE, LocalDate.of(2026, 12, 1), 6, ROUTING, null)).getField());
        ManufacturingOrder mo = order("1");
        mo.changePriority(1);
        assertEquals(1, mo.getPriority());
    }

    @Test
    void cancellingEndsAnOrderNotYetStarted() {
        ManufacturingOrder mo = order("1");
        mo.approve();
        mo.cancel();
        assertEquals(MoStatus.CANCELLED, mo.getStatus());
        assertThrows(ConflictException.class, mo::release);
    }

    @Test
    void anOrderNeedsOperations() {
        assertThrows(ConflictException.class,
                () -> new ManufacturingOrder("MO-3", 5L, BigDecimal.ONE, LocalDate.of(2026, 12, 1), 3, List.of(), null));
    }
}
