package org.openmes.orders.service;

import org.openmes.common.InvalidInputException;
import org.openmes.common.StaleVersionException;

/** The version check of every change of an order record: the client says which version it saw, and it must be the stored one. */
final class Versions {
    private Versions() {
    }

    static void check(String recordType, long id, Long sent, long stored) {
        if (sent == null) {
            throw new InvalidInputException("version", "is required: send the version of the " + recordType
                    + " you saw (or an If-Match header)");
        }
        if (sent != stored) {
            throw new StaleVersionException(recordType, id, sent, stored);
        }
    }
}
