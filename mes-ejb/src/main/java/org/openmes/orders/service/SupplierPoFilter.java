package org.openmes.orders.service;

import org.openmes.orders.model.SupplierPoStatus;

/** What a list of supplier purchase orders is narrowed to: a status, a supplier, a text in the number; each optional. */
public record SupplierPoFilter(SupplierPoStatus status, Long supplierId, String text) {
}
