package org.openmes.orders.packinglist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openmes.orders.service.ShipmentDto;

/** The packing list's content as the template receives it, and the PDF it renders, read back. */
class PackingListPdfTest {

    private static ShipmentDto shipment(ShipmentDto.ShipTo shipTo) {
        return new ShipmentDto(7L, "SH-000007", 3L, "SO-000003", "ACME", "Acme Corp", List.of("PO-4711", "CPO-2"),
                LocalDate.of(2026, 11, 22), "DHL", null, shipTo,
                List.of(new ShipmentDto.Line(1, 11L, "P-1000", "Pump", new BigDecimal("10.000"), new BigDecimal("4.000"),
                        new BigDecimal("6.000")),
                        new ShipmentDto.Line(2, 12L, "S-200", "Screw", new BigDecimal("5.000"), new BigDecimal("5.000"),
                                new BigDecimal("5.000"))),
                null, "planner");
    }

    @Test
    void theShipmentItsAddressAndEveryLineArePrinted() throws IOException {
        byte[] pdf = new PackingListPdf().render(shipment(
                new ShipmentDto.ShipTo(5L, "Warehouse 2", "9 Dock Street", "Shelbyville", "12345", "US")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (String expected : List.of("PACKING LIST", "SH-000007", "SO-000003", "ACME — Acme Corp", "PO-4711, CPO-2",
                    "2026-11-22", "DHL", "Warehouse 2", "9 Dock Street, 12345 Shelbyville, US", "P-1000", "Pump", "S-200")) {
                assertTrue(text.contains(expected), () -> expected + " in " + text);
            }
        }
    }

    @Test
    void quantitiesArePlainAndMissingValuesSaySo() {
        ShipmentDto shipment = shipment(null);
        assertEquals("— (no address on record)", PackingListPdf.parameters(shipment).get("shipTo"));
        assertEquals("—", PackingListPdf.parameters(shipment).get("trackingNumber"));
        assertEquals(List.of("10", "4", "6"), List.of(PackingListPdf.rows(shipment).get(0).get("ordered"),
                PackingListPdf.rows(shipment).get(0).get("quantity"), PackingListPdf.rows(shipment).get(0).get("shippedToDate")));
    }
}
