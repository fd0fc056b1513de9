package org.openmes.orders.traveler;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.reporting.CompiledReport;

/**
 * Renders a {@link Traveler} as an A4 PDF with the JasperReports report {@code traveler.jasper} beside this class,
 * which the build compiles from {@code src/main/jasperreports/traveler.jrxml}
 * ({@link org.openmes.reporting.ReportTemplateCompiler}), loaded once by {@link CompiledReport}. Texts are
 * formatted here, so the template only places them; fonts are the DejaVu family of JasperReports' font extension,
 * embedded in the PDF, so nothing depends on fonts installed on the server.
 */
@ApplicationScoped
public class TravelerPdf {
    static final String REPORT = "traveler.jasper";
    static final String PICK = "PICK";
    static final String OPERATION = "OPERATION";

    private final CompiledReport report = new CompiledReport(TravelerPdf.class, REPORT);

    /** The PDF document of {@code traveler}. */
    public byte[] render(Traveler traveler) {
        return report.pdf("the traveler of batch " + traveler.batchNo() + " of " + traveler.orderNumber(),
                parameters(traveler), rows(traveler));
    }

    static Map<String, Object> parameters(Traveler t) {
        Map<String, Object> p = new HashMap<>();
        p.put("orderNumber", t.orderNumber());
        p.put("customerOrder", t.customerOrder() == null ? "— (to stock)"
                : t.customerOrder() + (t.customerName() == null ? "" : " · " + t.customerName()));
        p.put("part", t.partNumber() + " rev. " + t.revision());
        p.put("partDescription", t.partDescription());
        p.put("batch", t.batchNo() + " of " + t.batchCount());
        p.put("quantity", plain(t.quantity()) + " " + t.unitOfMeasure());
        p.put("dueDate", t.dueDate().toString());
        p.put("priority", t.priority() + (t.priority() == 1 ? " (highest)" : t.priority() == 5 ? " (lowest)" : ""));
        p.put("batchCode", t.code().text());
        p.put("batchQr", QrCodes.image(t.code()));
        p.put("noPicks", t.picks().isEmpty());
        return p;
    }

    static List<Map<String, ?>> rows(Traveler t) {
        List<Map<String, ?>> rows = new ArrayList<>(t.picks().size() + t.steps().size());
        for (Traveler.Pick pick : t.picks()) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", PICK);
            row.put("position", String.valueOf(pick.position()));
            row.put("component", pick.partNumber() + " rev. " + pick.revision());
            row.put("description", pick.description());
            row.put("quantityPer", plain(pick.quantityPer()) + " " + pick.unitOfMeasure());
            row.put("scrap", plain(pick.scrapPercent()) + " %");
            row.put("pick", plain(pick.quantity()) + " " + pick.unitOfMeasure());
            row.put("atOperation", pick.operationSequence() == null ? "" : String.valueOf(pick.operationSequence()));
            rows.add(row);
        }
        for (Traveler.Step step : t.steps()) {
            Map<String, Object> row = new HashMap<>();
            row.put("section", OPERATION);
            row.put("sequence", String.valueOf(step.sequence()));
            row.put("name", step.name() + (step.qualityCheck() ? "  ·  quality check" : ""));
            row.put("workCenter", step.workCenterCode() + " — " + step.workCenterName());
            row.put("times", "setup " + plain(step.setupMinutes()) + " min · run " + plain(step.runMinutesPerUnit())
                    + " min/unit · planned " + plain(step.plannedMinutes()) + " min");
            row.put("code", step.code().text());
            row.put("qr", QrCodes.image(step.code()));
            rows.add(row);
        }
        return rows;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
