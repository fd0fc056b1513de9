package org.openmes.orders.service;

import java.io.Serializable;
import java.util.List;

/**
 * The operations waiting or running at one or more work centers (a kiosk's, or the one asked for): running and
 * paused ones first, then those that may start, then those waiting for their predecessor; within each by the
 * order's priority, due date, number, the batch and the operation's sequence.
 */
public record WorkstationQueueDto(String kioskCode, List<WorkCenterRef> workCenters, List<WorkstationOperationDto> operations)
        implements Serializable {

    /** A work center the queue covers. */
    public record WorkCenterRef(Long id, String code) implements Serializable {
    }
}
