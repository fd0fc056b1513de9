package org.openmes.quality.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.openmes.orders.model.OperationStatus;
import org.openmes.quality.model.InspectionResult;

/**
 * One recorded inspection, with the state the operation was left in ({@code operationStatus} and
 * {@code operationVersion} as they are now).
 */
public record InspectionDto(long id, long batchOperationId, long batchId, String moNumber, int batchNo, int sequence,
                            String operationName, InspectionResult result, BigDecimal quantityInspected,
                            BigDecimal quantityAccepted, BigDecimal quantityRejected, String defectReason,
                            String measurement, String notes, String inspector, String kioskCode,
                            OffsetDateTime inspectedAt, OperationStatus operationStatus, long operationVersion) {
}
