package org.openmes.quality.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A batch operation in the QC queue: the operator completed it, its routing step has a quality check, and its
 * {@code goodQuantity} units await the inspector's verdict; {@code version} is the one to send with it.
 */
public record AwaitingInspectionDto(long batchOperationId, String code, long batchId, int batchNo, long moId,
                                    String moNumber, String partNumber, int priority, LocalDate dueDate, int sequence,
                                    String operationName, long workCenterId, String workCenterCode,
                                    BigDecimal goodQuantity, BigDecimal scrapQuantity, int inspectionsSoFar,
                                    OffsetDateTime awaitingSince, long version) {
}
