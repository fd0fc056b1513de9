package org.openmes.orders.packinglist;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.orders.service.ShipmentDto;
import org.openmes.reporting.CompiledReport;

/**
 * Renders a shipment ({@link ShipmentDto}) as its A4 packing list with the JasperReports report
 * {@code packing-list.jasper} beside this class. Texts are formatted here, so the template only places them; fonts
 * are the DejaVu family of JasperReports' font extension, embedded in the PDF.
 */
@ApplicationScoped
public class PackingListPdf {
    static final String REPORT = "packing-list.jasper";

    private final CompiledReport report = new CompiledReport(PackingListPdf.class, REPORT);

    /** The PDF document of {@code shipment}'s packing list. */
    public byte[] render(ShipmentDto shipment) {
        return report.pdf("the packing list of " + shipment.number(), parameters(shipment), rows(shipment));
    }

    static Map<String, Object> parameters(ShipmentDto s) {
        Map<String, Object> p = new HashMap<>();
        p.put("shipmentNumber", s.number());
        p.put("orderNumber", s.orderNumber());
        p.put("customer", s.customerCode() + " — " + s.customerName());
        p.put("customerPos", s.customerPoNumbers().isEmpty() ? "—" : String.join(", ", s.customerPoNumbers()));
        p.put("shipDate", s.shipDate().toString());
        p.put("carrier", s.carrier());
        p.put("trackingNumber", s.trackingNumber() == null ? "—" : s.trackingNumber());
        p.put("shipTo", s.shipTo() == null ? "— (no address on record)"
                : s.shipTo().label() + "\n" + s.shipTo().singleLine());
        return p;
    }

    static List<Map<String, ?>> rows(ShipmentDto s) {
        return s.lines().stream().<Map<String, ?>>map(line -> {
            Map<String, Object> row = new HashMap<>();
            row.put("line", String.valueOf(line.lineNo()));
            row.put("part", line.partNumber() == null ? "part " + line.partId() : line.partNumber());
            row.put("description", line.partDescription());
            row.put("ordered", plain(line.orderedQuantity()));
            row.put("quantity", plain(line.quantity()));
            row.put("shippedToDate", plain(line.shippedToDate()));
            return row;
        }).toList();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
