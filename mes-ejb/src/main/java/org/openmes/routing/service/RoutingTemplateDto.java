package org.openmes.routing.service;

import java.util.List;

/**
 * A routing template with its operations by sequence number. Clients writing one send name, description,
 * operations and (on update) the version edited; id is ignored.
 */
public record RoutingTemplateDto(Long id, String name, String description, Long version, List<OperationDto> operations) {

    /** The same template with {@code newVersion}, for adapters that read the version from If-Match. */
    public RoutingTemplateDto withVersion(Long newVersion) {
        return new RoutingTemplateDto(id, name, description, newVersion, operations);
    }
}
