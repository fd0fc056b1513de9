package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.openmes.orders.model.BatchStatus;

/** A batch of a manufacturing order with the time planned for it at each operation (in operation order). */
public record MoBatchDto(Long id, int batchNo, BigDecimal quantity, BatchStatus status, BigDecimal completedQuantity,
                         List<BatchOperationDto> operations, long version) implements Serializable {

    /** One operation of the batch: which operation, and setup plus run time for the batch's quantity. */
    public record BatchOperationDto(Long operationId, int sequence, BigDecimal plannedMinutes) implements Serializable {
    }
}
