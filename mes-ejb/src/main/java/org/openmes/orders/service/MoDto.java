package org.openmes.orders.service;

import java.io.Serializable;
import java.util.List;

/** A manufacturing order with its operations and batches. */
public record MoDto(MoSummaryDto order, String customerOrderNumber, Integer customerOrderLineNo,
                    List<MoOperationDto> operations, List<MoBatchDto> batches) implements Serializable {
}
