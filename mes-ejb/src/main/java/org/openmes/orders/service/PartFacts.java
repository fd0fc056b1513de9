package org.openmes.orders.service;

import java.util.List;
import org.openmes.orders.model.MoOperation;

/**
 * What orders need to know of a part: its number and description for documents, whether it is made in-house
 * (a make line gets a manufacturing order) or bought, whether it is obsolete, and its routing's operations (empty
 * when it has no routing).
 */
public record PartFacts(long partId, String partNumber, String description, boolean make, boolean obsolete,
                        List<MoOperation.Spec> routing) {

    public boolean hasRouting() {
        return !routing.isEmpty();
    }
}
