package org.openmes.execution.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

class JobAssignmentTest {
    private static final Instant T0 = Instant.parse("2026-11-21T06:00:00Z");

    private final JobAssignment job = new JobAssignment(1, 2, " maria ", "shift-manager", T0);

    @Test
    void aJobWalksFromAssignedToCompletedStampingWhoAndWhenAtEachStep() {
        assertEquals(JobStatus.ASSIGNED, job.getStatus());
        assertEquals("maria", job.getOperator());
        assertEquals("shift-manager", job.getAssignedBy());
        job.accept("maria", T0.plusSeconds(60));
        job.start("maria", T0.plusSeconds(120));
        job.complete(new BigDecimal("950"), new BigDecimal("12.5"), QuantitySource.ENTERED, "maria", T0.plusSeconds(3600));
        assertEquals(JobStatus.COMPLETED, job.getStatus());
        assertEquals(T0.plusSeconds(60), job.getAcceptedAt());
        assertEquals(T0.plusSeconds(120), job.getStartedAt());
        assertEquals(T0.plusSeconds(3600), job.getCompletedAt());
        assertEquals("maria", job.getCompletedBy());
        assertEquals(new BigDecimal("950"), job.getGoodQuantity());
        assertEquals(new BigDecimal("12.5"), job.getScrapQuantity());
        assertEquals(QuantitySource.ENTERED, job.getQuantitySource());
    }

    @Test
    void startingAJobThatWasNeverAcceptedIsRefusedNamingBothStates() {
        ConflictException refused = assertThrows(ConflictException.class, () -> job.start("maria", T0));
        assertEquals("status", refused.getField());
        assertTrue(refused.getMessage().contains("is assigned; only an accepted job can be started"), refused.getMessage());
        assertEquals(JobStatus.ASSIGNED, job.getStatus());
        assertNull(job.getStartedAt());
    }

    @Test
    void completingAJobThatNeverStartedIsRejected() {
        job.accept("maria", T0);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> job.complete(BigDecimal.ONE, BigDecimal.ZERO, QuantitySource.ENTERED, "maria", T0));
        assertTrue(refused.getMessage().contains("only an in progress job can be completed"), refused.getMessage());
    }

    @Test
    void acceptingTwiceIsRefused() {
        job.accept("maria", T0);
        assertThrows(ConflictException.class, () -> job.accept("maria", T0));
    }

    @Test
    void anOpenJobIsCancelledWithAReasonAndAFinalOneCannotBe() {
        job.accept("maria", T0);
        assertThrows(InvalidInputException.class, () -> job.cancel("  ", "boss", T0));
        job.cancel(" material missing ", "boss", T0.plusSeconds(5));
        assertEquals(JobStatus.CANCELLED, job.getStatus());
        assertEquals("material missing", job.getCancelReason());
        assertEquals("boss", job.getCancelledBy());
        ConflictException again = assertThrows(ConflictException.class, () -> job.cancel("again", "boss", T0));
        assertTrue(again.getMessage().contains("is cancelled"), again.getMessage());
        assertThrows(ConflictException.class, () -> job.accept("maria", T0));
    }

    @Test
    void aCompletedJobCannotBeCancelledOrStartedAgain() {
        job.accept("maria", T0);
        job.start("maria", T0);
        job.complete(BigDecimal.TEN, BigDecimal.ZERO, QuantitySource.PLC, "maria", T0);
        assertThrows(ConflictException.class, () -> job.cancel("late", "boss", T0));
        assertThrows(ConflictException.class, () -> job.start("maria", T0));
    }

    @Test
    void negativeOrMissingQuantitiesAreRefusedAtTheirField() {
        job.accept("maria", T0);
        job.start("maria", T0);
        InvalidInputException good = assertThrows(InvalidInputException.class,
                () -> job.complete(null, BigDecimal.ZERO, QuantitySource.ENTERED, "maria", T0));
        assertEquals("goodQuantity", good.getField());
        InvalidInputException scrap = assertThrows(InvalidInputException.class,
                () -> job.complete(BigDecimal.ONE, new BigDecimal("-1"), QuantitySource.ENTERED, "maria", T0));
        assertEquals("scrapQuantity", scrap.getField());
        assertEquals(JobStatus.IN_PROGRESS, job.getStatus());
    }

    @Test
    void anOperatorIsRequired() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> new JobAssignment(1, 2, " ", "boss", T0));
        assertEquals("operator", refused.getField());
    }

    @Test
    void aScheduleEntryNeedsAWindowThatEndsAfterItStarts() {
        assertEquals(SchedulePriority.NORMAL, new ScheduleEntry(2, "P-1", BigDecimal.TEN, T0, T0.plusSeconds(1), null, null).getPriority());
        InvalidInputException window = assertThrows(InvalidInputException.class,
                () -> new ScheduleEntry(2, "P-1", BigDecimal.TEN, T0, T0, null, null));
        assertEquals("plannedEnd", window.getField());
    }
}
