package org.openmes.orders.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.customers.model.Customer;
import org.openmes.customers.model.PaymentTerms;

class CustomerOrderFulfilmentTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    private static final Workstation AT = new Workstation("op-1", null, null);
    private static final List<MoOperation.Spec> ROUTING = List.of(
            new MoOperation.Spec(10, "Mill", 1L, BigDecimal.TEN, BigDecimal.ONE, true, false));

    private static CustomerOrder order() {
        Quote quote = new Quote("Q-1", new Customer("ACME", "Acme Corp", PaymentTerms.NET_30), TODAY, null);
        quote.replaceLines(List.of(new QuoteLine.Spec(7L, new BigDecimal("10"), BigDecimal.ONE, TODAY),
                new QuoteLine.Spec(8L, new BigDecimal("5"), BigDecimal.ONE, TODAY)));
        quote.send(TODAY);
        quote.approve(TODAY);
        return new CustomerOrder("SO-1", quote, null);
    }

    private static ManufacturingOrder mo(CustomerOrder order, int line) {
        return new ManufacturingOrder("MO-" + line, 7L, order.getLines().get(line).getQuantity(), TODAY, 3, ROUTING,
                order.getLines().get(line));
    }

    /** Split into two batches, approved, released, started, and the given number of batches completed. */
    private static ManufacturingOrder inProgress(CustomerOrder order, int line, int batchesCompleted) {
        ManufacturingOrder mo = mo(order, line);
        BigDecimal half = mo.getQuantity().divide(BigDecimal.valueOf(2));
        mo.splitInto(List.of(half, half));
        mo.approve();
        mo.release();
        for (int i = 0; i < batchesCompleted; i++) {
            MoBatchOperation mill = millAwaitingInspection(mo.getBatches().get(i));
            mill.passInspection(NOW);
        }
        return mo;
    }

    /** The batch's one operation, with a quality check, run through with every unit good: it awaits inspection. */
    private static MoBatchOperation millAwaitingInspection(MoBatch batch) {
        MoBatchOperation mill = batch.getOperations().get(0);
        mill.start(AT, NOW);
        mill.complete(batch.getQuantity(), BigDecimal.ZERO, false, AT, NOW);
        return mill;
    }

    private static ManufacturingOrder completed(CustomerOrder order, int line) {
        ManufacturingOrder mo = inProgress(order, line, 2);
        mo.complete(null);
        return mo;
    }

    private static Shipment ship(CustomerOrder order, LineQuantity... lines) {
        return order.ship("SH-1", TODAY, "DHL", "123", null, List.of(lines));
    }

    @Test
    void theOrderIsReadyToShipOnlyWhenEveryManufacturingOrderAndEveryBatchIsCompleted() {
        CustomerOrder order = order();
        ManufacturingOrder done = completed(order, 0);
        ManufacturingOrder half = inProgress(order, 1, 1);

        assertEquals(Optional.of("MO-1 is IN_PROGRESS"), CustomerOrder.pendingManufacturing(List.of(done, half)));
        ConflictException refused = assertThrows(ConflictException.class, () -> order.readyToShip(List.of(done, half)));
        assertEquals("manufacturingOrders", refused.getField());
        assertEquals(CustomerOrderStatus.OPEN, order.getStatus());

        order.readyToShip(List.of(done, completed(order, 1)));
        assertEquals(CustomerOrderStatus.READY_TO_SHIP, order.getStatus());
        assertThrows(ConflictException.class, () -> order.readyToShip(List.of(done)), "only once");
    }

    @Test
    void theOrderWaitsForTheQualityInspectionOfItsLastBatch() {
        CustomerOrder order = order();
        ManufacturingOrder done = completed(order, 0);
        ManufacturingOrder inspecting = inProgress(order, 1, 1);
        MoBatchOperation awaiting = millAwaitingInspection(inspecting.getBatches().get(1));

        ConflictException held = assertThrows(ConflictException.class, () -> inspecting.complete(null));
        assertTrue(held.getMessage().contains("batch 2 of MO-1 is IN_PROGRESS"), held.getMessage());
        assertEquals(Optional.of("MO-1 is IN_PROGRESS"), CustomerOrder.pendingManufacturing(List.of(done, inspecting)));

        awaiting.passInspection(NOW);
        inspecting.complete(null);
        order.readyToShip(List.of(done, inspecting));
        assertEquals(CustomerOrderStatus.READY_TO_SHIP, order.getStatus());
    }

    @Test
    void aManufacturingOrderThatIsNotCompletedOrACancelledOneHoldsTheOrderUp() {
        CustomerOrder order = order();
        ManufacturingOrder cancelled = mo(order, 0);
        cancelled.cancel();
        assertEquals(Optional.of("MO-0 is CANCELLED"), CustomerOrder.pendingManufacturing(List.of(cancelled)));
        ManufacturingOrder allBatchesDoneButOrderOpen = inProgress(order, 1, 2);
        assertEquals(Optional.of("MO-1 is IN_PROGRESS"), CustomerOrder.pendingManufacturing(List.of(allBatchesDoneButOrderOpen)));
        assertEquals(Optional.empty(), CustomerOrder.pendingManufacturing(List.of()), "bought lines only");
    }

    @Test
    void aCompletedManufacturingOrderWithABatchNeverReleasedHoldsTheOrderUp() {
        CustomerOrder order = order();
        ManufacturingOrder mo = mo(order, 0);
        mo.splitInto(List.of(new BigDecimal("6"), new BigDecimal("4")));
        mo.approve();
        MoBatch first = mo.getBatches().get(0);
        mo.releaseBatch(first);
        millAwaitingInspection(first).passInspection(NOW);
        mo.complete(null);
        assertEquals(Optional.of("batch 2 of MO-0 is PLANNED"), CustomerOrder.pendingManufacturing(List.of(mo)));
    }

    @Test
    void partialShipmentsAddUpToShippedAndNeverExceedTheOrderedQuantity() {
        CustomerOrder order = order();
        assertEquals("status", assertThrows(ConflictException.class,
                () -> ship(order, new LineQuantity(1, BigDecimal.ONE))).getField(), "not ready yet");
        order.readyToShip(List.of(completed(order, 0), completed(order, 1)));

        Shipment first = ship(order, new LineQuantity(1, new BigDecimal("4")));
        assertEquals(CustomerOrderStatus.PARTIALLY_SHIPPED, order.getStatus());
        assertEquals(1, first.getLines().size());

        InvalidInputException over = assertThrows(InvalidInputException.class,
                () -> ship(order, new LineQuantity(2, BigDecimal.ONE), new LineQuantity(1, new BigDecimal("7"))));
        assertEquals("lines[1].quantity", over.getField());
        assertTrue(over.getMessage().contains("only 6 remain"), over.getMessage());

        Shipment rest = order.ship("SH-2", TODAY, "DHL", null, null, List.of());
        assertEquals(CustomerOrderStatus.SHIPPED, order.getStatus());
        assertEquals(List.of("6.000", "5.000"), rest.getLines().stream().map(l -> l.getQuantity().toPlainString()).toList(),
                "no lines: everything that remains");
        assertThrows(ConflictException.class, () -> order.ship("SH-3", TODAY, "DHL", null, null, List.of()));
    }

    @Test
    void aShipmentNeedsACarrierAndADate() {
        CustomerOrder order = order();
        order.readyToShip(List.of());
        assertEquals("carrier", assertThrows(InvalidInputException.class,
                () -> order.ship("SH-1", TODAY, " ", null, null, List.of())).getField());
        assertEquals("shipDate", assertThrows(InvalidInputException.class,
                () -> order.ship("SH-1", null, "UPS", null, null, List.of())).getField());
    }

    @Test
    void theGoodsGoToTheCustomersFirstAddressUnlessAnotherOfItsAddressesIsNamed() {
        CustomerOrder order = order();
        order.readyToShip(List.of());
        assertEquals(null, order.ship("SH-0", TODAY, "DHL", null, null, List.of(new LineQuantity(1, BigDecimal.ONE)))
                .getShipToLabel(), "a customer without any address: no ship-to address");
        order.getCustomer().addAddress("Main plant", "1 Mill Road", "Springfield", "12345", "us");
        order.getCustomer().addAddress("Warehouse", "9 Dock Street", "Shelbyville", null, "US");

        Shipment first = order.ship("SH-1", TODAY, "DHL", null, null, List.of(new LineQuantity(1, BigDecimal.ONE)));
        assertEquals(List.of("Main plant", "1 Mill Road", "Springfield", "12345", "US"), List.of(first.getShipToLabel(),
                first.getShipToStreet(), first.getShipToCity(), first.getShipToPostalCode(), first.getShipToCountryCode()));

        InvalidInputException foreign = assertThrows(InvalidInputException.class,
                () -> order.ship("SH-2", TODAY, "DHL", null, 999L, List.of(new LineQuantity(1, BigDecimal.ONE))));
        assertEquals("shipToAddressId", foreign.getField());
        assertEquals(new BigDecimal("2"), order.getLines().get(0).getShippedQuantity().stripTrailingZeros(),
                "nothing of the refused shipment is booked");
    }
}
