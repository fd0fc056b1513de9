package org.openmes.orders.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.bom.service.PartService;
import org.openmes.customers.model.PartnerKind;
import org.openmes.customers.service.PartnerService;
import org.openmes.orders.model.SupplierPoStatus;
import org.openmes.orders.service.QuantityLine;
import org.openmes.orders.service.ReceiptRequest;
import org.openmes.orders.service.SupplierPoDraft;
import org.openmes.orders.service.SupplierPoDto;
import org.openmes.orders.service.SupplierPoFilter;
import org.openmes.orders.service.SupplierPurchaseOrderService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.platform.web.PagedModel;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of {@code /supplier-purchase-orders.xhtml}: supplier purchase orders filtered by status and number,
 * the opened one (from the list, or {@code ?id=}) with its lines and receipts, its life-cycle actions (send, cancel, close) and the receive dialog
 * (delivery note and the quantity received per line). A new order is written for an active supplier; while it is a
 * draft its lines (part, quantity, unit price, due date) are added, changed and removed one at a time, each change
 * saving the whole draft.
 */
@Named
@ViewScoped
public class SupplierPurchaseOrdersView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "poForm";
    private static final String RECEIVE_FORM = "receiveForm";

    @EJB
    private SupplierPurchaseOrderService purchaseOrders;

    @EJB
    private PartnerService partners;

    @EJB
    private PartService parts;

    private Long id;
    private SupplierPoStatus status;
    private String text;
    private SupplierPoDto po;
    private String deliveryNote;
    private final Map<Integer, BigDecimal> received = new HashMap<>();
    /** The order being written (supplier, notes), or null. */
    private SupplierPoDraft newPo;
    private List<Choice> supplierChoices = List.of();
    /** The line editor of the opened draft. */
    private final DraftLineEditor<SupplierPoDraft.Line> lines = new DraftLineEditor<>(FORM) {
        private static final long serialVersionUID = 1L;

        @Override
        protected SupplierPoDraft.Line newLine() {
            return new SupplierPoDraft.Line();
        }

        @Override
        protected List<SupplierPoDraft.Line> currentLines() {
            return po.lines().stream().map(SupplierPurchaseOrdersView::input).toList();
        }

        @Override
        protected boolean saveAll(List<SupplierPoDraft.Line> all) {
            SupplierPoDraft draft = new SupplierPoDraft();
            draft.setNotes(po.notes());
            draft.setVersion(po.version());
            draft.setLines(all);
            return ActionFeedback.run(FORM, () -> show(purchaseOrders.update(po.id(), draft)));
        }

        @Override
        protected PartService parts() {
            return parts;
        }
    };
    private final PagedModel<SupplierPoDto> list = new PagedModel<>(
            request -> purchaseOrders.find(new SupplierPoFilter(status, null, text), request), SupplierPoDto::id);

    /** Opens the order the page was called for ({@code ?id=}), if any. */
    public void load() {
        if (id != null) {
            open(id);
        }
    }

    public void open(long id) {
        ActionFeedback.run(FORM, () -> {
            show(purchaseOrders.get(id));
            lines.close();
        });
    }

    /** Starts a new order: the active suppliers to choose from. */
    public void startNew() {
        ActionFeedback.run(FORM, () -> {
            supplierChoices = Choice.activePartners(partners, PartnerKind.SUPPLIER);
            newPo = new SupplierPoDraft();
            po = null;
            lines.close();
        });
    }

    /** Writes the new order as a draft, still without lines, and opens it for its lines. */
    public void create() {
        ActionFeedback.run(FORM, () -> {
            show(purchaseOrders.create(newPo));
            newPo = null;
            ActionFeedback.info("Written " + po.number() + "; add its lines");
        });
    }

    public void cancelNew() {
        newPo = null;
    }

    private static SupplierPoDraft.Line input(SupplierPoDto.Line line) {
        SupplierPoDraft.Line input = new SupplierPoDraft.Line();
        input.setPartId(line.partId());
        input.setQuantity(line.quantity());
        input.setUnitPrice(line.unitPrice());
        input.setDueDate(line.dueDate());
        return input;
    }

    public DraftLineEditor<SupplierPoDraft.Line> getLines() {
        return lines;
    }

    public SupplierPoDraft getNewPo() {
        return newPo;
    }

    public List<Choice> getSupplierChoices() {
        return supplierChoices;
    }

    /** Whether the opened order is a draft (its lines can change). */
    public boolean isDraft() {
        return po != null && po.status() == SupplierPoStatus.DRAFT;
    }

    public void send() {
        ActionFeedback.run(FORM, () -> show(purchaseOrders.send(po.id(), po.version())));
    }

    public void cancel() {
        ActionFeedback.run(FORM, () -> show(purchaseOrders.cancel(po.id(), po.version())));
    }

    public void close() {
        ActionFeedback.run(FORM, () -> show(purchaseOrders.close(po.id(), po.version())));
    }

    /** Records the quantities entered per line; the dialog stays open with the message beside the field when refused. */
    public void receive() {
        ReceiptRequest request = new ReceiptRequest();
        request.setVersion(po.version());
        request.setDeliveryNote(deliveryNote);
        List<QuantityLine> lines = new ArrayList<>();
        po.lines().forEach(line -> {
            BigDecimal quantity = received.get(line.lineNo());
            if (quantity != null) {
                lines.add(new QuantityLine(line.lineNo(), quantity));
            }
        });
        request.setLines(lines);
        if (ActionFeedback.run(RECEIVE_FORM, () -> show(purchaseOrders.receive(po.id(), request)))) {
            ActionFeedback.info("Received against " + po.number());
            deliveryNote = null;
            PrimeFaces.current().executeScript("PF('receiveDialog').hide()");
        }
    }

    private void show(SupplierPoDto shown) {
        po = shown;
        received.clear();
        newPo = null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<SupplierPoStatus> getStatuses() {
        return List.of(SupplierPoStatus.values());
    }

    public PagedModel<SupplierPoDto> getList() {
        return list;
    }

    public SupplierPoStatus getStatus() {
        return status;
    }

    public void setStatus(SupplierPoStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public SupplierPoDto getPo() {
        return po;
    }

    public String getDeliveryNote() {
        return deliveryNote;
    }

    public void setDeliveryNote(String deliveryNote) {
        this.deliveryNote = deliveryNote;
    }

    public Map<Integer, BigDecimal> getReceived() {
        return received;
    }

    /** Whether deliveries can be received against the opened order. */
    public boolean isReceivable() {
        return po != null && (po.status() == SupplierPoStatus.SENT || po.status() == SupplierPoStatus.PARTIALLY_RECEIVED);
    }
}
