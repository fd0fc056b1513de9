package org.openmes.orders.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;

/**
 * An operation of the order as one batch goes through it, with the time planned for the batch's quantity (setup
 * plus run time per unit × quantity), and its execution at the workstation ({@link OperationStatus}):
 * <ul>
 * <li>start: QUEUED → IN_PROGRESS, once the batch is released and the predecessor (the operation before it in the
 * batch) is completed with good units, or — when the routing lets the predecessor overlap — has passed on good
 * units so far. The batch's first start starts the batch, and with it a released order;
 * <li>pause: IN_PROGRESS → PAUSED; resume: PAUSED → IN_PROGRESS;
 * <li>partial completion: good and scrap units so far, the state stays; final completion: the last good and scrap
 * units, → COMPLETED, only once the predecessor is completed. Good plus scrap never exceed what the operation got:
 * the batch's quantity for the first operation, the predecessor's good units for the others. Completing the batch's
 * last operation completes the batch with that operation's good units.
 * <li>quality check (the routing step has one): the final completion leads to AWAITING_INSPECTION instead of
 * COMPLETED, and the units pass on only with the inspection's verdict on all good units of the operation:
 * {@link #passInspection pass} → COMPLETED (and the batch with its last operation);
 * {@link #rejectInInspection reject} some units → they become scrap, the rest still awaits a pass (none left:
 * COMPLETED without good units); {@link #sendToRework rework} some units → they are taken back from the good units
 * and the operation is reopened (PAUSED) for the operator to resume, rework and report them again, after which the
 * next final completion awaits inspection again. The successor starts only after the pass, even where the routing
 * allows overlap, since units not yet inspected are not passed on.
 * </ul>
 * Every workstation step returns the {@link OperationConfirmation} recording it; the inspection is recorded by the
 * quality context, which calls the inspection steps.
 */
@Entity
@Table(name = "mo_batch_operation")
public class MoBatchOperation extends OrdersEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "batch_id", nullable = false, updatable = false)
    private MoBatch batch;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "operation_id", nullable = false, updatable = false)
    private MoOperation operation;

    @Column(name = "planned_minutes", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal plannedMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OperationStatus status;

    @Column(name = "good_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal goodQuantity;

    @Column(name = "scrap_quantity", nullable = false, precision = 14, scale = 3)
    private BigDecimal scrapQuantity;

    @Column(name = "started_at")
    private OffsetDateTime startedAt;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    protected MoBatchOperation() {
    }

    MoBatchOperation(MoBatch batch, MoOperation operation) {
        this.batch = batch;
        this.operation = operation;
        this.plannedMinutes = operation.plannedMinutes(batch.getQuantity());
        this.status = OperationStatus.QUEUED;
        this.goodQuantity = BigDecimal.ZERO.setScale(Quantities.QUANTITY_SCALE);
        this.scrapQuantity = BigDecimal.ZERO.setScale(Quantities.QUANTITY_SCALE);
    }

    public OperationConfirmation start(Workstation at, Instant now) {
        ConflictException refusal = startRefusal();
        if (refusal != null) {
            throw refusal;
        }
        if (batch.getStatus() == BatchStatus.RELEASED) {
            batch.getOrder().startBatch(batch);
        }
        status = OperationStatus.IN_PROGRESS;
        startedAt = now.atOffset(ZoneOffset.UTC);
        markRowChanged();
        return new OperationConfirmation(this, ConfirmationKind.START, null, null, at, now);
    }

    public OperationConfirmation pause(Workstation at, Instant now) {
        require("pause", OperationStatus.IN_PROGRESS);
        requireBatchOpen("pause");
        moveTo(OperationStatus.PAUSED);
        return new OperationConfirmation(this, ConfirmationKind.PAUSE, null, null, at, now);
    }

    public OperationConfirmation resume(Workstation at, Instant now) {
        require("resume", OperationStatus.PAUSED);
        requireBatchOpen("resume");
        moveTo(OperationStatus.IN_PROGRESS);
        return new OperationConfirmation(this, ConfirmationKind.RESUME, null, null, at, now);
    }

    /**
     * Reports {@code good} and {@code scrap} units made since the last report: a partial completion leaves the
     * operation as it is, the final one completes it (and the batch with its last operation).
     */
    public OperationConfirmation complete(BigDecimal good, BigDecimal scrap, boolean partial, Workstation at, Instant now) {
        String action = partial ? "report quantities of" : "complete";
        require(action, OperationStatus.IN_PROGRESS, OperationStatus.PAUSED);
        requireBatchOpen(action);
        BigDecimal addedGood = Quantities.notNegative("goodQuantity", good);
        BigDecimal addedScrap = Quantities.notNegative("scrapQuantity", scrap);
        if (partial && addedGood.signum() == 0 && addedScrap.signum() == 0) {
            throw new InvalidInputException("goodQuantity", "a partial completion reports at least one good or scrap unit");
        }
        BigDecimal newGood = goodQuantity.add(addedGood);
        BigDecimal newScrap = scrapQuantity.add(addedScrap);
        BigDecimal received = receivedQuantity();
        if (newGood.add(newScrap).compareTo(received) > 0) {
            boolean goodAloneTooMany = goodQuantity.add(scrapQuantity).add(addedGood).compareTo(received) > 0;
            throw new InvalidInputException(goodAloneTooMany ? "goodQuantity" : "scrapQuantity", "cannot confirm "
                    + plain(addedGood) + " good and " + plain(addedScrap) + " scrap at " + this + ": with the "
                    + plain(goodQuantity) + " good and " + plain(scrapQuantity) + " scrap confirmed before, that makes "
                    + plain(newGood.add(newScrap)) + ", but only " + plain(received) + receivedFrom());
        }
        MoBatchOperation predecessor = predecessor();
        if (!partial && predecessor != null && predecessor.status != OperationStatus.COMPLETED) {
            throw new ConflictException("predecessor", "cannot complete " + this + " while " + predecessor.label()
                    + " is " + predecessor.status.label() + "; report a partial completion until it is completed");
        }
        goodQuantity = newGood;
        scrapQuantity = newScrap;
        markRowChanged();
        if (!partial) {
            if (operation.isQualityCheck()) {
                status = OperationStatus.AWAITING_INSPECTION;
            } else {
                finish(now);
            }
        }
        return new OperationConfirmation(this, partial ? ConfirmationKind.PARTIAL : ConfirmationKind.COMPLETE,
                addedGood, addedScrap, at, now);
    }

    /**
     * The inspection passed every good unit: AWAITING_INSPECTION → COMPLETED (completing the batch with its last
     * operation). Answers the units passed.
     */
    public BigDecimal passInspection(Instant now) {
        requireAwaitingInspection("pass");
        BigDecimal passed = goodQuantity;
        finish(now);
        return passed;
    }

    /**
     * The inspection rejected {@code rejected} of the good units (1 up to all of them, 400 on {@code field}): they
     * become scrap; the units left still await a pass, and with none left the operation is COMPLETED without good
     * units.
     */
    public void rejectInInspection(String field, BigDecimal rejected, Instant now) {
        requireAwaitingInspection("reject units of");
        BigDecimal units = inspectedUnits(field, rejected);
        goodQuantity = goodQuantity.subtract(units);
        scrapQuantity = scrapQuantity.add(units);
        markRowChanged();
        if (goodQuantity.signum() == 0) {
            finish(now);
        }
    }

    /**
     * The inspection sent {@code units} of the good units back to rework (1 up to all of them, 400 on {@code field}):
     * they no longer count as good, and the operation is reopened (PAUSED) so that the operator resumes it, reworks
     * them and reports them again.
     */
    public void sendToRework(String field, BigDecimal units) {
        requireAwaitingInspection("send units to rework from");
        BigDecimal reworked = inspectedUnits(field, units);
        goodQuantity = goodQuantity.subtract(reworked);
        moveTo(OperationStatus.PAUSED);
    }

    private BigDecimal inspectedUnits(String field, BigDecimal units) {
        BigDecimal checked = Quantities.positive(field, units);
        if (checked.compareTo(goodQuantity) > 0) {
            throw new InvalidInputException(field, "cannot take " + plain(checked) + " units of " + this
                    + ": only " + plain(goodQuantity) + " good units await inspection");
        }
        return checked;
    }

    private void requireAwaitingInspection(String action) {
        if (!operation.isQualityCheck()) {
            throw new ConflictException("inspection", "cannot " + action + " " + this + ": its routing step has no quality check");
        }
        require(action, OperationStatus.AWAITING_INSPECTION);
        requireBatchOpen(action);
    }

    /** → COMPLETED now; the batch's last operation completes the batch with its good units. */
    private void finish(Instant now) {
        status = OperationStatus.COMPLETED;
        completedAt = now.atOffset(ZoneOffset.UTC);
        markRowChanged();
        if (successor() == null) {
            batch.getOrder().completeBatch(batch, goodQuantity);
        }
    }

    /** Why this operation cannot start now, or null when it can. */
    public ConflictException startRefusal() {
        if (status != OperationStatus.QUEUED) {
            return new ConflictException("status", "cannot start " + this + ": it is " + status.label());
        }
        ConflictException closed = batchClosedRefusal("start");
        if (closed != null) {
            return closed;
        }
        MoBatchOperation predecessor = predecessor();
        if (predecessor == null) {
            return null;
        }
        if (predecessor.status == OperationStatus.COMPLETED) {
            return predecessor.goodQuantity.signum() > 0 ? null : new ConflictException("predecessor", "cannot start "
                    + this + ": " + predecessor.label() + " was completed without good units, so there is nothing to work on");
        }
        if (predecessor.status == OperationStatus.AWAITING_INSPECTION) {
            return new ConflictException("inspection", "cannot start " + this + ": " + predecessor.label()
                    + " is awaiting inspection; its units pass on once the quality inspection passes them");
        }
        if (!predecessor.operation.isAllowOverlap()) {
            return new ConflictException("predecessor", "cannot start " + this + ": " + predecessor.label() + " is "
                    + predecessor.status.label() + "; it must be completed first (the routing allows no overlap)");
        }
        if (predecessor.operation.isQualityCheck()) {
            return new ConflictException("inspection", "cannot start " + this + ": the routing lets it overlap "
                    + predecessor.label() + ", but that has a quality check: its units pass on only once inspected");
        }
        return predecessor.goodQuantity.signum() > 0 ? null : new ConflictException("predecessor", "cannot start "
                + this + ": the routing lets it overlap " + predecessor.label() + ", but that has passed on no good units yet");
    }

    /** What this operation got to work on: the batch's quantity for the first operation, else the predecessor's good units. */
    public BigDecimal receivedQuantity() {
        MoBatchOperation predecessor = predecessor();
        return predecessor == null ? batch.getQuantity() : predecessor.goodQuantity;
    }

    /** The operation before this one in the batch, or null for the first. */
    public MoBatchOperation predecessor() {
        return neighbour(true);
    }

    private MoBatchOperation successor() {
        return neighbour(false);
    }

    private MoBatchOperation neighbour(boolean before) {
        int sequence = operation.getSequence();
        MoBatchOperation found = null;
        for (MoBatchOperation other : batch.getOperations()) {
            int s = other.operation.getSequence();
            boolean candidate = before ? s < sequence : s > sequence;
            if (candidate && (found == null || (before ? s > found.operation.getSequence() : s < found.operation.getSequence()))) {
                found = other;
            }
        }
        return found;
    }

    private String receivedFrom() {
        MoBatchOperation predecessor = predecessor();
        return predecessor == null ? " were released in the batch" : " were passed on as good by " + predecessor.label();
    }

    private void require(String action, OperationStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new ConflictException("status", "cannot " + action + " " + this + ": it is " + status.label()
                    + "; it must be " + String.join(" or ", List.of(allowed).stream().map(OperationStatus::label).toList()));
        }
    }

    private void requireBatchOpen(String action) {
        ConflictException refusal = batchClosedRefusal(action);
        if (refusal != null) {
            throw refusal;
        }
    }

    /** Work is confirmed only on a batch released or in progress, of an order released or in progress. */
    private ConflictException batchClosedRefusal(String action) {
        MoStatus orderStatus = batch.getOrder().getStatus();
        if (orderStatus != MoStatus.RELEASED && orderStatus != MoStatus.IN_PROGRESS) {
            return new ConflictException("status", "cannot " + action + " " + this + ": " + batch.getOrder() + " is " + orderStatus);
        }
        if (batch.getStatus() != BatchStatus.RELEASED && batch.getStatus() != BatchStatus.IN_PROGRESS) {
            return new ConflictException("status", "cannot " + action + " " + this + ": " + batch + " is "
                    + batch.getStatus() + (batch.getStatus() == BatchStatus.PLANNED ? "; it must be released first" : ""));
        }
        return null;
    }

    private void moveTo(OperationStatus next) {
        status = next;
        markRowChanged();
    }

    /** "operation 20 Mill". */
    public String label() {
        return "operation " + operation.getSequence() + " " + operation.getName();
    }

    public MoBatch getBatch() {
        return batch;
    }

    public MoOperation getOperation() {
        return operation;
    }

    public BigDecimal getPlannedMinutes() {
        return plannedMinutes;
    }

    public OperationStatus getStatus() {
        return status;
    }

    public BigDecimal getGoodQuantity() {
        return goodQuantity;
    }

    public BigDecimal getScrapQuantity() {
        return scrapQuantity;
    }

    public OffsetDateTime getStartedAt() {
        return startedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    /** "operation 20 Mill of batch 2 of MO-000014". */
    @Override
    public String toString() {
        return label() + " of " + batch;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
