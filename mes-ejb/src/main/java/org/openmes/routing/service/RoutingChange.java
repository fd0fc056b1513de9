package org.openmes.routing.service;

import java.util.List;

/** A part routing's operations as edited: all of them, matched to the stored ones by sequence number. */
public record RoutingChange(Long version, List<OperationDto> operations) {

    /** The same change with {@code newVersion}, for adapters that read the version from If-Match. */
    public RoutingChange withVersion(Long newVersion) {
        return new RoutingChange(newVersion, operations);
    }
}
