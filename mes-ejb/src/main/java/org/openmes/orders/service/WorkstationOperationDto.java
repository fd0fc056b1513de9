package org.openmes.orders.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.openmes.orders.model.BatchStatus;
import org.openmes.orders.model.ConfirmationKind;
import org.openmes.orders.model.OperationStatus;

/**
 * An operation of a batch as a workstation sees it: its traveler code, the order and batch, where it is done, how
 * long it is planned to take, its state with the good and scrap units confirmed so far out of those it received
 * (the batch's quantity, or the predecessor's good units), why it cannot start yet ({@code waitingFor}, null when it
 * can or has started), and — when read one by one — its confirmations, oldest first. {@code version} is what a
 * confirmation sends back.
 */
public record WorkstationOperationDto(Long id, String code, Long batchId, int batchNo, BigDecimal batchQuantity,
                                      BatchStatus batchStatus, Long moId, String moNumber, String partNumber, int priority,
                                      LocalDate dueDate, Long operationId, int sequence, String name, Long workCenterId,
                                      String workCenterCode, BigDecimal plannedMinutes, boolean qualityCheck,
                                      OperationStatus status, BigDecimal receivedQuantity, BigDecimal goodQuantity,
                                      BigDecimal scrapQuantity, String waitingFor, OffsetDateTime startedAt,
                                      OffsetDateTime completedAt, long version, List<ConfirmationDto> confirmations)
        implements Serializable {

    /** One confirmation: what, the units it reported (completions only), who, at which kiosk and plant node, when. */
    public record ConfirmationDto(Long id, ConfirmationKind kind, BigDecimal goodQuantity, BigDecimal scrapQuantity,
                                  String operator, String kioskCode, Long workstationNodeId, Long workCenterId,
                                  OffsetDateTime confirmedAt) implements Serializable {
    }
}
