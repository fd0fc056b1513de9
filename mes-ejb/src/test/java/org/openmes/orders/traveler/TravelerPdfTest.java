package org.openmes.orders.traveler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.openmes.orders.model.TravelerCode;

/** The traveler's content as the template receives it, and its rendering into A4 pages. */
class TravelerPdfTest {

    static Traveler traveler(int operations) {
        List<Traveler.Step> steps = IntStream.rangeClosed(1, operations).mapToObj(i -> new Traveler.Step(i * 10,
                "Operation " + i, "WC-" + i, "Work center " + i, new BigDecimal("15"), new BigDecimal("0.5"),
                new BigDecimal("20"), i % 3 == 0, TravelerCode.operation(1000L + i))).toList();
        List<Traveler.Pick> picks = List.of(
                new Traveler.Pick(1, "STEEL-1", "A", "Steel bar Ø20", "KG", new BigDecimal("0.250000"), new BigDecimal("10"),
                        Traveler.extendedQuantity(new BigDecimal("10"), new BigDecimal("0.25"), new BigDecimal("10")), 10),
                new Traveler.Pick(2, "SCREW-M6", "B", "Screw M6×20", "EA", new BigDecimal("4"), BigDecimal.ZERO,
                        Traveler.extendedQuantity(new BigDecimal("10"), new BigDecimal("4"), BigDecimal.ZERO), null));
        return new Traveler("MO-000042", "SO-000007 line 2", "Acme Pumps", "PUMP-1", "C", "Pump housing", "EA", 2, 3,
                new BigDecimal("10.000"), LocalDate.of(2026, 12, 1), 2, TravelerCode.batch(777), picks, steps);
    }

    @Test
    void theExtendedQuantityAddsTheScrapFactorForTheBatch() {
        assertEquals(new BigDecimal("2.750000"), Traveler.extendedQuantity(new BigDecimal("10"), new BigDecimal("0.25"),
                new BigDecimal("10")));
    }

    @Test
    void theRowsCarryEveryPickAndEveryOperationWithItsCode() {
        Traveler traveler = traveler(30);

        List<Map<String, ?>> rows = TravelerPdf.rows(traveler);

        assertEquals(32, rows.size());
        assertEquals(List.of(TravelerPdf.PICK, TravelerPdf.PICK), rows.subList(0, 2).stream().map(r -> r.get("section")).toList());
        assertEquals("2.75 KG", rows.get(0).get("pick"));
        assertEquals("40 EA", rows.get(1).get("pick"));
        assertEquals("", rows.get(1).get("atOperation"), "consumed at no particular operation");
        Map<String, ?> third = rows.get(4);
        assertEquals("30", third.get("sequence"));
        assertEquals("Operation 3  ·  quality check", third.get("name"));
        assertEquals("WC-3 — Work center 3", third.get("workCenter"));
        assertEquals("setup 15 min · run 0.5 min/unit · planned 20 min", third.get("times"));
        assertEquals("MES-OP-1003", third.get("code"));
        assertTrue(third.get("qr") instanceof BufferedImage);
    }

    @Test
    void theHeaderNamesOrderCustomerPartAndBatch() {
        Map<String, Object> parameters = TravelerPdf.parameters(traveler(1));

        assertEquals("SO-000007 line 2 · Acme Pumps", parameters.get("customerOrder"));
        assertEquals("PUMP-1 rev. C", parameters.get("part"));
        assertEquals("2 of 3", parameters.get("batch"));
        assertEquals("10 EA", parameters.get("quantity"));
        assertEquals("MES-BATCH-777", parameters.get("batchCode"));
        assertEquals("traveler-MO-000042-2.pdf", traveler(1).fileName());
    }

    @Test
    void thirtyOperationsRenderOnSeveralA4Pages() throws IOException {
        byte[] pdf = new TravelerPdf().render(traveler(30));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(4, document.getNumberOfPages());
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(595, Math.round(page.getWidth()), "A4 width in points");
            assertEquals(842, Math.round(page.getHeight()), "A4 height in points");
        }
    }
}
