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
 * can or has started), and — when read one by one — its confirmations, oldest first, and the BOM lines consumed at
 * it that leave the material to the operator, with the variants and the one chosen. {@code version} is what a
 * confirmation sends back.
 */
public record WorkstationOperationDto(Long id, String code, Long batchId, int batchNo, BigDecimal batchQuantity,
                                      BatchStatus batchStatus, Long moId, String moNumber, String partNumber, int priority,
                                      LocalDate dueDate, Long operationId, int sequence, String name, Long workCenterId,
                                      String workCenterCode, BigDecimal plannedMinutes, boolean qualityCheck,
                                      OperationStatus status, BigDecimal receivedQuantity, BigDecimal goodQuantity,
                                      BigDecimal scrapQuantity, String waitingFor, OffsetDateTime startedAt,
                                      OffsetDateTime completedAt, long version, List<ConfirmationDto> confirmations,
                                      List<MaterialChoiceDto> materialChoices)
        implements Serializable {

    /** One confirmation: what, the units it reported (completions only), who, at which kiosk and plant node, when. */
    public record ConfirmationDto(Long id, ConfirmationKind kind, BigDecimal goodQuantity, BigDecimal scrapQuantity,
                                  String operator, String kioskCode, Long workstationNodeId, Long workCenterId,
                                  OffsetDateTime confirmedAt) implements Serializable {
    }

    /**
     * A BOM line consumed at the operation whose material the operator chooses: the line's position and component,
     * the quantity per unit, the variants to choose from, and the material chosen (null while none is).
     */
    public record MaterialChoiceDto(Long bomLineId, int position, String componentPartNumber, BigDecimal quantityPer,
                                    List<MaterialOptionDto> options, Long chosenMaterialId, String chosenBy)
            implements Serializable {
    }

    /** A material of a variant: its part id and "number rev. X". */
    public record MaterialOptionDto(Long materialId, String partNumber) implements Serializable {
    }
}
