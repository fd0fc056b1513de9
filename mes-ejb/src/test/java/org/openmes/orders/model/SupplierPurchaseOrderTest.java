package org.openmes.orders.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.customers.model.PaymentTerms;
import org.openmes.customers.model.Supplier;

class SupplierPurchaseOrderTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 22, 8, 0, 0, 0, ZoneOffset.UTC);

    private static SupplierPurchaseOrder draft() {
        SupplierPurchaseOrder po = new SupplierPurchaseOrder("PO-1", new Supplier("STEEL", "Steel Ltd", PaymentTerms.NET_30), null);
        po.changeDraft("bar stock", List.of(
                new SupplierPoLine.Spec(7L, new BigDecimal("10"), new BigDecimal("2.5"), LocalDate.of(2026, 12, 1)),
                new SupplierPoLine.Spec(8L, new BigDecimal("4"), BigDecimal.ONE, LocalDate.of(2026, 12, 3))));
        return po;
    }

    private static SupplierPurchaseOrder sent() {
        SupplierPurchaseOrder po = draft();
        po.send(NOW);
        return po;
    }

    private static LineQuantity line(int lineNo, String quantity) {
        return new LineQuantity(lineNo, new BigDecimal(quantity));
    }

    @Test
    void partialReceiptsAddUpUntilEveryLineIsReceivedThenTheOrderCloses() {
        SupplierPurchaseOrder po = sent();
        assertEquals(SupplierPoStatus.SENT, po.getStatus());

        po.receive(NOW, "planner", "DN-1", List.of(line(1, "6")));
        assertEquals(SupplierPoStatus.PARTIALLY_RECEIVED, po.getStatus());
        po.receive(NOW.plusHours(1), "planner", null, List.of(line(1, "4"), line(2, "4")));

        assertEquals(SupplierPoStatus.RECEIVED, po.getStatus());
        assertEquals(2, po.getReceipts().size());
        assertEquals(0, new BigDecimal("10").compareTo(po.getLines().get(0).getReceivedQuantity()));
        assertEquals(NOW.plusHours(1), po.getLastReceivedAt());
        po.close();
        assertEquals(SupplierPoStatus.CLOSED, po.getStatus());
    }

    @Test
    void anOverReceiptIsRefusedNamingTheLinesQuantityAndNothingOfTheDeliveryCounts() {
        SupplierPurchaseOrder po = sent();
        po.receive(NOW, "planner", null, List.of(line(1, "8")));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> po.receive(NOW, "planner", null, List.of(line(2, "1"), line(1, "3"))));

        assertEquals("lines[1].quantity", refused.getField());
        assertTrue(refused.getMessage().contains("only 2 of 10 are outstanding"), refused.getMessage());
        assertEquals(SupplierPoStatus.PARTIALLY_RECEIVED, po.getStatus());
    }

    @Test
    void receiptsNameExistingLinesOnceWithQuantitiesAboveZero() {
        SupplierPurchaseOrder po = sent();
        assertEquals("lines[0].lineNo", assertThrows(InvalidInputException.class,
                () -> po.receive(NOW, "p", null, List.of(line(3, "1")))).getField());
        assertEquals("lines[1].lineNo", assertThrows(InvalidInputException.class,
                () -> po.receive(NOW, "p", null, List.of(line(1, "1"), line(1, "1")))).getField());
        assertEquals("lines[0].quantity", assertThrows(InvalidInputException.class,
                () -> po.receive(NOW, "p", null, List.of(line(1, "0")))).getField());
        assertEquals("lines", assertThrows(InvalidInputException.class,
                () -> po.receive(NOW, "p", null, List.of())).getField());
    }

    @Test
    void onlyASentOrPartlyReceivedOrderReceives() {
        SupplierPurchaseOrder po = draft();
        assertEquals("status", assertThrows(ConflictException.class,
                () -> po.receive(NOW, "p", null, List.of(line(1, "1")))).getField());
        SupplierPurchaseOrder cancelled = sent();
        cancelled.cancel();
        assertThrows(ConflictException.class, () -> cancelled.receive(NOW, "p", null, List.of(line(1, "1"))));
    }

    @Test
    void onlyADraftChangesAndOnlyADraftWithLinesIsSent() {
        SupplierPurchaseOrder empty = new SupplierPurchaseOrder("PO-2", new Supplier("S", "S", PaymentTerms.NET_30), null);
        assertEquals("lines", assertThrows(ConflictException.class, () -> empty.send(NOW)).getField());
        SupplierPurchaseOrder po = sent();
        assertThrows(ConflictException.class, () -> po.changeDraft(null, List.of()));
        assertEquals(NOW, po.getSentAt());
    }

    @Test
    void cancellingIsForDraftsAndSentOrdersClosingForReceivedOnes() {
        SupplierPurchaseOrder po = sent();
        assertThrows(ConflictException.class, po::close);
        po.receive(NOW, "p", null, List.of(line(2, "1")));
        assertThrows(ConflictException.class, po::cancel);
        po.close();
        assertEquals(SupplierPoStatus.CLOSED, po.getStatus(), "closed short");
        assertThrows(ConflictException.class, po::cancel);
        SupplierPurchaseOrder draft = draft();
        draft.cancel();
        assertEquals(SupplierPoStatus.CANCELLED, draft.getStatus());
    }

    @Test
    void linesAreCheckedNamingTheirField() {
        SupplierPurchaseOrder po = new SupplierPurchaseOrder("PO-3", new Supplier("S", "S", PaymentTerms.NET_30), null);
        assertEquals("lines[0].dueDate", assertThrows(InvalidInputException.class, () -> po.changeDraft(null,
                List.of(new SupplierPoLine.Spec(1L, BigDecimal.ONE, BigDecimal.ONE, null)))).getField());
        assertEquals("lines[0].quantity", assertThrows(InvalidInputException.class, () -> po.changeDraft(null,
                List.of(new SupplierPoLine.Spec(1L, BigDecimal.ZERO, BigDecimal.ONE, LocalDate.of(2026, 12, 1))))).getField());
    }
}
