package org.openmes.routing.service;

import java.util.List;

/**
 * A part's routing: its operations by sequence number, the template it was created from (null if none or
 * deleted since), and its version, which moves with every change of an operation.
 */
public record PartRoutingDto(long id, long partId, String partNumber, String revision, Long templateId,
        String templateName, long version, List<OperationDto> operations) {
}
