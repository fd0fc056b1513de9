package org.openmes.orders.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.orders.model.CustomerOrder;
import org.openmes.orders.model.CustomerOrderLine;
import org.openmes.orders.model.ManufacturingOrder;
import org.openmes.orders.model.MoBatch;
import org.openmes.orders.model.MoOperation;
import org.openmes.orders.model.Quote;
import org.openmes.orders.model.QuoteLine;
import org.openmes.plant.model.PlantCode;

/**
 * The one translation of order entities into the DTOs adapters see, with the part numbers (from {@link PartFacts})
 * and work-center codes they show. Runs inside the calling service's transaction.
 */
@ApplicationScoped
class OrderViews {

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    QuoteDto quote(Quote quote, Map<Long, PartFacts> parts, CustomerOrder order) {
        QuoteDto dto = quoteSummary(quote);
        dto.setLines(new ArrayList<>(quote.getLines().stream()
                .map(line -> quoteLine(line, parts.get(line.getPartId()))).toList()));
        dto.setCustomerOrderId(order == null ? null : order.getId());
        return dto;
    }

    /** A list row: the quote with its total but without its lines. */
    QuoteDto quoteSummary(Quote quote) {
        QuoteDto dto = new QuoteDto();
        dto.setId(quote.getId());
        dto.setNumber(quote.getNumber());
        dto.setCustomerId(quote.getCustomer().getId());
        dto.setCustomerCode(quote.getCustomer().getCode());
        dto.setCustomerName(quote.getCustomer().getName());
        dto.setValidUntil(quote.getValidUntil());
        dto.setStatus(quote.getStatus());
        dto.setNotes(quote.getNotes());
        dto.setTotal(QuoteService.total(quote));
        dto.setVersion(quote.getVersion());
        dto.setCreatedAt(quote.getCreatedAt());
        dto.setCreatedBy(quote.getCreatedBy());
        dto.setUpdatedAt(quote.getUpdatedAt());
        dto.setUpdatedBy(quote.getUpdatedBy());
        return dto;
    }

    private static QuoteLineDto quoteLine(QuoteLine line, PartFacts part) {
        QuoteLineDto dto = new QuoteLineDto();
        dto.setLineNo(line.getLineNo());
        dto.setPartId(line.getPartId());
        dto.setPartNumber(part == null ? null : part.partNumber());
        dto.setPartDescription(part == null ? null : part.description());
        dto.setQuantity(line.getQuantity());
        dto.setUnitPrice(line.getUnitPrice());
        dto.setRequestedDate(line.getRequestedDate());
        dto.setAmount(line.amount());
        return dto;
    }

    /** @param made the manufacturing orders of the order's lines */
    CustomerOrderDto customerOrder(CustomerOrder order, Map<Long, PartFacts> parts, Collection<ManufacturingOrder> made) {
        Map<CustomerOrderLine, ManufacturingOrder> byLine = new HashMap<>();
        made.forEach(mo -> byLine.put(mo.getCustomerOrderLine(), mo));
        List<CustomerOrderLineDto> lines = order.getLines().stream().map(line -> {
            ManufacturingOrder mo = byLine.get(line);
            PartFacts part = parts.get(line.getPartId());
            return new CustomerOrderLineDto(line.getLineNo(), line.getPartId(), part == null ? null : part.partNumber(),
                    line.getQuantity(), line.getUnitPrice(), line.getDueDate(), mo == null ? null : mo.getId(),
                    mo == null ? null : mo.getNumber());
        }).toList();
        return new CustomerOrderDto(order.getId(), order.getNumber(), order.getCustomer().getId(),
                order.getCustomer().getCode(), order.getCustomer().getName(),
                order.getQuote() == null ? null : order.getQuote().getId(),
                order.getQuote() == null ? null : order.getQuote().getNumber(), order.getCustomerPoNumber(),
                order.getStatus(), lines, order.getVersion(), order.getCreatedAt(), order.getCreatedBy());
    }

    MoSummaryDto moSummary(ManufacturingOrder mo, Map<Long, PartFacts> parts) {
        PartFacts part = parts.get(mo.getPartId());
        CustomerOrderLine line = mo.getCustomerOrderLine();
        return new MoSummaryDto(mo.getId(), mo.getNumber(), mo.getPartId(), part == null ? null : part.partNumber(),
                mo.getQuantity(), mo.getDueDate(), mo.getPriority(), mo.getStatus(), mo.releasedQuantity(),
                mo.getCompletedQuantity(), mo.getBatches().size(), line == null ? null : line.getOrder().getId(),
                mo.getVersion());
    }

    MoDto mo(ManufacturingOrder mo, Map<Long, PartFacts> parts) {
        Map<Long, String> workCenters = workCenterCodes(mo.getOperations().stream().map(MoOperation::getWorkCenterId).toList());
        List<MoOperationDto> operations = mo.getOperations().stream().map(op -> new MoOperationDto(op.getId(),
                op.getSequence(), op.getName(), op.getWorkCenterId(), workCenters.get(op.getWorkCenterId()),
                op.getSetupMinutes(), op.getRunMinutesPerUnit(), op.isQualityCheck(), op.isAllowOverlap())).toList();
        List<MoBatchDto> batches = mo.getBatches().stream().map(OrderViews::batch).toList();
        CustomerOrderLine line = mo.getCustomerOrderLine();
        return new MoDto(moSummary(mo, parts), line == null ? null : line.getOrder().getNumber(),
                line == null ? null : line.getLineNo(), operations, batches);
    }

    private static MoBatchDto batch(MoBatch batch) {
        return new MoBatchDto(batch.getId(), batch.getBatchNo(), batch.getQuantity(), batch.getStatus(),
                batch.getCompletedQuantity(), batch.getOperations().stream()
                .map(op -> new MoBatchDto.BatchOperationDto(op.getOperation().getId(), op.getOperation().getSequence(),
                        op.getPlannedMinutes())).toList(), batch.getVersion());
    }

    Map<Long, String> workCenterCodes(Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (ids.isEmpty()) {
            return codes;
        }
        em.createQuery("select n.id, n.code from PlantNode n where n.id in :ids", Object[].class)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(row -> codes.put((Long) row[0], ((PlantCode) row[1]).value()));
        return codes;
    }
}
