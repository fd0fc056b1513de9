package org.openmes.orders.model;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.Texts;

/**
 * An order to make a quantity of a part by a due date, at a priority (1 highest … 5 lowest), through the operations
 * copied from the part's routing, split into batches. Life cycle (see {@link MoStatus}):
 * <ul>
 * <li>approve: DRAFT → APPROVED; split into batches while DRAFT or APPROVED (the batches add up to the quantity);
 * <li>release: APPROVED → RELEASED, releasing every planned batch (one batch of the whole quantity if it was never
 * split); releasing a single batch of an approved order releases the order too;
 * <li>start: RELEASED → IN_PROGRESS (starting a batch starts its order);
 * <li>complete: IN_PROGRESS → COMPLETED with the good quantity, at most what was released, once no batch is still
 * released or in progress; close: COMPLETED → CLOSED; cancel: from DRAFT, APPROVED or RELEASED while no batch started.
 * </ul>
 */
@Entity
@Table(name = "manufacturing_order")
public class ManufacturingOrder extends OrdersEntity {
    public static final int HIGHEST_PRIORITY = 1;
    public static final int LOWEST_PRIORITY = 5;
    public static final int DEFAULT_PRIORITY = 3;
    public static final int MAX_BATCHES = 500;

    @Column(name = "number", nullable = false, updatable = false, length = Texts.MAX_CODE_LENGTH)
    private String number;

    @Column(name = "part_id", nullable = false, updatable = false)
    private Long partId;

    @Column(name = "quantity", nullable = false, updatable = false, precision = 14, scale = 3)
    private BigDecimal quantity;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "priority", nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MoStatus status;

    @Column(name = "completed_quantity", precision = 14, scale = 3)
    private BigDecimal completedQuantity;

    /** When the order was released (its first batch, or all at once); null before, and for orders released before V67. */
    @Column(name = "released_at")
    private OffsetDateTime releasedAt;

    /** When the order was completed; null before. */
    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_order_line_id", updatable = false)
    private CustomerOrderLine customerOrderLine;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sequence")
    private List<MoOperation> operations = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("batchNo")
    private List<MoBatch> batches = new ArrayList<>();

    protected ManufacturingOrder() {
    }

    /**
     * A DRAFT order with the given operations (at least one, in sequence order).
     *
     * @param customerOrderLine the line the order makes, or null for an order to stock
     */
    public ManufacturingOrder(String number, Long partId, BigDecimal quantity, LocalDate dueDate, int priority,
            List<MoOperation.Spec> routing, CustomerOrderLine customerOrderLine) {
        if (partId == null) {
            throw new InvalidInputException("partId", "is required");
        }
        if (routing == null || routing.isEmpty()) {
            throw new ConflictException("partId", "a manufacturing order needs the operations of a routing, and none was given");
        }
        this.number = Texts.code("number", number);
        this.partId = partId;
        this.quantity = Quantities.positive("quantity", quantity);
        this.dueDate = requireDueDate(dueDate);
        this.priority = requirePriority(priority);
        this.customerOrderLine = customerOrderLine;
        this.status = MoStatus.DRAFT;
        routing.stream().sorted((a, b) -> Integer.compare(a.sequence(), b.sequence()))
                .forEach(spec -> operations.add(new MoOperation(this, spec)));
    }

    public void approve() {
        require("approve", MoStatus.DRAFT);
        moveTo(MoStatus.APPROVED);
    }

    /** Releases the order with every planned batch; an order never split is released as one batch. */
    public void release() {
        require("release", MoStatus.APPROVED);
        if (batches.isEmpty()) {
            batches.add(new MoBatch(this, 1, quantity));
        }
        for (MoBatch batch : batches) {
            if (batch.getStatus() == BatchStatus.PLANNED) {
                batch.release();
            }
        }
        moveTo(MoStatus.RELEASED);
    }

    public void start() {
        require("start", MoStatus.RELEASED);
        moveTo(MoStatus.IN_PROGRESS);
    }

    /**
     * Completes the order with {@code good} units made, at most the quantity released; null takes the sum of the
     * completed batches.
     */
    public void complete(BigDecimal good) {
        require("complete", MoStatus.IN_PROGRESS);
        for (MoBatch batch : batches) {
            if (batch.getStatus() == BatchStatus.RELEASED || batch.getStatus() == BatchStatus.IN_PROGRESS) {
                throw new ConflictException("status", "cannot complete " + this + ": " + batch + " is "
                        + batch.getStatus() + "; complete it first");
            }
        }
        BigDecimal checked = Quantities.notNegative("completedQuantity", good != null ? good : completedInBatches());
        BigDecimal released = releasedQuantity();
        if (checked.compareTo(released) > 0) {
            throw new InvalidInputException("completedQuantity", "cannot complete " + plain(checked) + " of " + this
                    + ": only " + plain(released) + " were released");
        }
        completedQuantity = checked;
        moveTo(MoStatus.COMPLETED);
    }

    public void close() {
        require("close", MoStatus.COMPLETED);
        moveTo(MoStatus.CLOSED);
    }

    public void cancel() {
        require("cancel", MoStatus.DRAFT, MoStatus.APPROVED, MoStatus.RELEASED);
        moveTo(MoStatus.CANCELLED);
    }

    /** Releases one planned batch; an approved order becomes released with it. */
    public void releaseBatch(MoBatch batch) {
        requireOwn(batch);
        require("release a batch of", MoStatus.APPROVED, MoStatus.RELEASED, MoStatus.IN_PROGRESS);
        batch.release();
        if (status == MoStatus.APPROVED) {
            moveTo(MoStatus.RELEASED);
        }
    }

    /** Starts one released batch; a released order is in progress with it. */
    public void startBatch(MoBatch batch) {
        requireOwn(batch);
        batch.start();
        if (status == MoStatus.RELEASED) {
            moveTo(MoStatus.IN_PROGRESS);
        }
    }

    /** Completes one batch in progress with {@code good} units, at most the batch's quantity. */
    public void completeBatch(MoBatch batch, BigDecimal good) {
        requireOwn(batch);
        batch.complete(good);
    }

    /**
     * Splits the order into batches of the given quantities (numbered 1, 2, … in that order), which must add up to
     * the order's quantity; replaces an earlier split. Only before the order is released.
     */
    public void splitInto(List<BigDecimal> quantities) {
        require("split", MoStatus.DRAFT, MoStatus.APPROVED);
        if (quantities == null || quantities.isEmpty()) {
            throw new InvalidInputException("batches", "give at least one batch quantity");
        }
        if (quantities.size() > MAX_BATCHES) {
            throw new InvalidInputException("batches", "an order has at most " + MAX_BATCHES + " batches");
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<BigDecimal> checked = new ArrayList<>(quantities.size());
        for (int i = 0; i < quantities.size(); i++) {
            BigDecimal q = Quantities.positive("batches[" + i + "]", quantities.get(i));
            checked.add(q);
            sum = sum.add(q);
        }
        if (sum.compareTo(quantity) != 0) {
            throw new InvalidInputException("batches", "the batches add up to " + plain(sum) + " but " + this
                    + " is for " + plain(quantity));
        }
        batches.clear();
        for (int i = 0; i < checked.size(); i++) {
            batches.add(new MoBatch(this, i + 1, checked.get(i)));
        }
    }

    public void changePriority(int newPriority) {
        int checked = requirePriority(newPriority);
        require("change the priority of", MoStatus.DRAFT, MoStatus.APPROVED, MoStatus.RELEASED, MoStatus.IN_PROGRESS);
        if (checked != priority) {
            priority = checked;
            markRowChanged();
        }
    }

    /** What has been released to the shop: the batches past PLANNED. */
    public BigDecimal releasedQuantity() {
        return batches.stream().filter(b -> b.getStatus() != BatchStatus.PLANNED).map(MoBatch::getQuantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal completedInBatches() {
        return batches.stream().filter(b -> b.getStatus() == BatchStatus.COMPLETED).map(MoBatch::getCompletedQuantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String getNumber() {
        return number;
    }

    public Long getPartId() {
        return partId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public int getPriority() {
        return priority;
    }

    public MoStatus getStatus() {
        return status;
    }

    public BigDecimal getCompletedQuantity() {
        return completedQuantity;
    }

    public OffsetDateTime getReleasedAt() {
        return releasedAt;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public CustomerOrderLine getCustomerOrderLine() {
        return customerOrderLine;
    }

    public List<MoOperation> getOperations() {
        return Collections.unmodifiableList(operations);
    }

    public List<MoBatch> getBatches() {
        return Collections.unmodifiableList(batches);
    }

    @Override
    public String toString() {
        return "manufacturing order " + number;
    }

    private void require(String action, MoStatus... allowed) {
        if (!Set.of(allowed).contains(status)) {
            throw new ConflictException("status", "cannot " + action + " " + this + ": it is " + status
                    + "; it must be " + (allowed.length == 1 ? allowed[0] : "one of " + List.of(allowed)));
        }
    }

    private void requireOwn(MoBatch batch) {
        if (batch == null || batch.getOrder() != this) {
            throw new InvalidInputException("batchId", "is not a batch of " + this);
        }
    }

    private void moveTo(MoStatus next) {
        if (next == MoStatus.RELEASED && releasedAt == null) {
            releasedAt = OffsetDateTime.now(ZoneOffset.UTC);
        } else if (next == MoStatus.COMPLETED) {
            completedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
        status = next;
        markRowChanged();
    }

    private static LocalDate requireDueDate(LocalDate dueDate) {
        if (dueDate == null) {
            throw new InvalidInputException("dueDate", "is required");
        }
        return dueDate;
    }

    private static int requirePriority(int priority) {
        if (priority < HIGHEST_PRIORITY || priority > LOWEST_PRIORITY) {
            throw new InvalidInputException("priority", "must be between " + HIGHEST_PRIORITY + " (highest) and "
                    + LOWEST_PRIORITY + " (lowest)");
        }
        return priority;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
