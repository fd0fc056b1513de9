package org.openmes.orders.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.common.persistence.Caller;
import org.openmes.common.persistence.PagedQuery;
import org.openmes.common.persistence.Writes;
import org.openmes.customers.model.Supplier;
import org.openmes.orders.model.LineQuantity;
import org.openmes.orders.model.PricedLine;
import org.openmes.orders.model.SupplierPoLine;
import org.openmes.orders.model.SupplierPurchaseOrder;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Supplier purchase orders: write a draft, send, cancel, receive deliveries against the lines, close. Receiving
 * records the quantities with who and when; it books no stock yet (stock postings come with the inventory module).
 * Every change names the version the client saw (409 when stale).
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class SupplierPurchaseOrderService {
    static final String RECORD_TYPE = "supplier purchase order";
    private static final List<String> SORTABLE = List.of("number", "status", "createdAt", "updatedAt");

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    PartCatalog parts;

    public SupplierPoDto get(long id) {
        return view(load(id));
    }

    public Page<SupplierPoDto> find(SupplierPoFilter filter, PageRequest page) {
        SupplierPoFilter f = filter == null ? new SupplierPoFilter(null, null, null) : filter;
        Page<SupplierPurchaseOrder> found = new PagedQuery<>(em, SupplierPurchaseOrder.class, "join fetch e.supplier")
                .and("e.status = :status", "status", f.status())
                .and("e.supplier.id = :supplierId", "supplierId", f.supplierId())
                .containing(f.text(), "number")
                .page(page, SORTABLE, "number");
        return new Page<>(found.getItems().stream().map(po -> summary(po, List.of(), List.of())).toList(),
                found.getPage(), found.getSize(), found.getTotal());
    }

    /** A DRAFT order to an active supplier; lines of parts that exist and are not obsolete. */
    @RequiresPermission(Permission.ORDER_EDIT)
    public SupplierPoDto create(SupplierPoDraft draft) {
        requireDraft(draft);
        SupplierPurchaseOrder po = new SupplierPurchaseOrder(DocumentNumbers.next(em, DocumentNumbers.SUPPLIER_PO),
                supplier(draft.getSupplierId()), draft.getNotes());
        po.changeDraft(draft.getNotes(), specs(draft));
        em.persist(po);
        flush(po);
        return view(po);
    }

    /** Replaces notes and lines of a draft (the supplier stays). */
    @RequiresPermission(Permission.ORDER_EDIT)
    public SupplierPoDto update(long id, SupplierPoDraft draft) {
        requireDraft(draft);
        return change(id, draft.getVersion(), po -> {
            if (draft.getSupplierId() != null && !draft.getSupplierId().equals(po.getSupplier().getId())) {
                throw new ConflictException("supplierId", "the supplier of " + po + " cannot change; cancel it and write a new one");
            }
            po.changeDraft(draft.getNotes(), specs(draft));
        });
    }

    @RequiresPermission(Permission.ORDER_EDIT)
    public SupplierPoDto send(long id, Long version) {
        return change(id, version, po -> po.send(now()));
    }

    @RequiresPermission(Permission.ORDER_EDIT)
    public SupplierPoDto cancel(long id, Long version) {
        return change(id, version, SupplierPurchaseOrder::cancel);
    }

    @RequiresPermission(Permission.ORDER_EDIT)
    public SupplierPoDto close(long id, Long version) {
        return change(id, version, SupplierPurchaseOrder::close);
    }

    /**
     * Records a delivery: the quantity received on each named line (an over-receipt is a 400 naming
     * {@code lines[i].quantity}, and nothing is recorded), by the caller, now.
     */
    @RequiresPermission(Permission.INVENTORY_EDIT)
    public SupplierPoDto receive(long id, ReceiptRequest receipt) {
        if (receipt == null) {
            throw new InvalidInputException(null, "a receipt is required");
        }
        List<LineQuantity> lines = receipt.getLines() == null ? null : receipt.getLines().stream()
                .map(l -> l == null ? null : new LineQuantity(l.getLineNo(), l.getQuantity())).toList();
        return change(id, receipt.getVersion(), po -> po.receive(now(), Caller.name(), receipt.getDeliveryNote(), lines));
    }

    private SupplierPoDto change(long id, Long version, Consumer<SupplierPurchaseOrder> rule) {
        SupplierPurchaseOrder po = load(id);
        Versions.check(RECORD_TYPE, id, version, po.getVersion());
        rule.accept(po);
        flush(po);
        return view(po);
    }

    private SupplierPurchaseOrder load(long id) {
        SupplierPurchaseOrder po = em.find(SupplierPurchaseOrder.class, id);
        if (po == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        return po;
    }

    private Supplier supplier(Long supplierId) {
        if (supplierId == null) {
            throw new InvalidInputException("supplierId", "is required");
        }
        Supplier supplier = em.find(Supplier.class, supplierId);
        if (supplier == null) {
            throw new InvalidInputException("supplierId", "supplier " + supplierId + " does not exist");
        }
        return supplier;
    }

    private List<SupplierPoLine.Spec> specs(SupplierPoDraft draft) {
        if (draft.getLines() == null) {
            throw new InvalidInputException("lines", "is required");
        }
        parts.forLines(draft.getLines().stream().map(l -> l == null ? null : l.getPartId()).toList(), "ordered");
        return draft.getLines().stream().map(l -> l == null ? null
                : new SupplierPoLine.Spec(l.getPartId(), l.getQuantity(), l.getUnitPrice(), l.getDueDate())).toList();
    }

    private static void requireDraft(SupplierPoDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a purchase order is required");
        }
    }

    private void flush(SupplierPurchaseOrder po) {
        Writes.flushRecord(em, po.toString(), () -> new ConflictException("lines", po + " has two lines with one number"));
    }

    private SupplierPoDto view(SupplierPurchaseOrder po) {
        Map<Long, PartFacts> facts = parts.facts(po.getLines().stream().map(PricedLine::getPartId).toList());
        List<SupplierPoDto.Line> lines = po.getLines().stream().map(line -> {
            PartFacts part = facts.get(line.getPartId());
            return new SupplierPoDto.Line(line.getLineNo(), line.getPartId(), part == null ? null : part.partNumber(),
                    part == null ? null : part.description(), line.getQuantity(), line.getUnitPrice(), line.getDueDate(),
                    line.getReceivedQuantity(), line.outstandingQuantity(), line.amount());
        }).toList();
        List<SupplierPoDto.Receipt> receipts = po.getReceipts().stream().map(r -> new SupplierPoDto.Receipt(r.getId(),
                r.getReceivedAt(), r.getReceivedBy(), r.getDeliveryNote(), r.getLines().stream()
                .map(l -> new QuantityLine(l.getLine().getLineNo(), l.getQuantity())).toList())).toList();
        return summary(po, lines, receipts);
    }

    private static SupplierPoDto summary(SupplierPurchaseOrder po, List<SupplierPoDto.Line> lines,
            List<SupplierPoDto.Receipt> receipts) {
        BigDecimal total = po.getLines().stream().map(PricedLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SupplierPoDto(po.getId(), po.getNumber(), po.getSupplier().getId(), po.getSupplier().getCode(),
                po.getSupplier().getName(), po.getStatus(), po.getNotes(), total, po.getSentAt(), po.getLastReceivedAt(),
                lines, receipts, po.getVersion(), po.getCreatedAt(), po.getCreatedBy(), po.getUpdatedAt(), po.getUpdatedBy());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
