package org.openmes.orders.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;

/**
 * Numbers of quotes (Q-000001), customer orders (SO-000001), manufacturing orders (MO-000001), shipments
 * (SH-000001) and supplier purchase orders (PO-000001), from database
 * sequences: gap-free is not promised (a rolled-back approval uses its numbers up), unique is.
 */
final class DocumentNumbers {
    static final String QUOTE = "Q-";
    static final String CUSTOMER_ORDER = "SO-";
    static final String MANUFACTURING_ORDER = "MO-";
    static final String SHIPMENT = "SH-";
    static final String SUPPLIER_PO = "PO-";

    private DocumentNumbers() {
    }

    static String next(EntityManager em, String prefix) {
        return next(em, prefix, 1).get(0);
    }

    /** {@code count} numbers in one round trip. */
    static List<String> next(EntityManager em, String prefix, int count) {
        String sequence = switch (prefix) {
            case QUOTE -> "quote_number_seq";
            case CUSTOMER_ORDER -> "customer_order_number_seq";
            case MANUFACTURING_ORDER -> "manufacturing_order_number_seq";
            case SHIPMENT -> "shipment_number_seq";
            case SUPPLIER_PO -> "supplier_po_number_seq";
            default -> throw new IllegalArgumentException("no sequence for " + prefix);
        };
        List<?> values = em.createNativeQuery("select nextval('" + sequence + "') from generate_series(1, ?1)")
                .setParameter(1, count)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return values.stream().map(v -> prefix + String.format("%06d", ((Number) v).longValue())).toList();
    }
}
