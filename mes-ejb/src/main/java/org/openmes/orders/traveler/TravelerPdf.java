package org.openmes.orders.traveler;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Renders a {@link Traveler} as an A4 PDF with the JasperReports report {@code traveler.jasper} beside this class,
 * which the build compiles from {@code src/main/jasperreports/traveler.jrxml} ({@link TravelerTemplateCompiler}). It is
 * loaded once, at the first traveler, and shared by all threads (a filled report never changes it). Texts are
 * formatted here, so the template only places them; fonts are the DejaVu family of JasperReports' font extension,
 * embedded in the PDF, so nothing depends on fonts installed on the server.
 */
@ApplicationScoped
public class TravelerPdf {
    static final String REPORT = "traveler.jasper";
    static final String PICK = "PICK";
    static final String OPERATION = "OPERATION";

    private volatile JasperReport report;

    /** The PDF document of {@code traveler}. */
    public byte[] render(Traveler traveler) {
        try {
            return JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(report(), parameters(traveler),
                    new JRMapCollectionDataSource(rows(traveler))));
        } catch (JRException e) {
            throw new IllegalStateException("cannot render the traveler of batch " + traveler.batchNo() + " of "
                    + traveler.orderNumber() + ": " + e.getMessage(), e);
        }
    }

    private JasperReport report() {
        JasperReport compiled = report;
        if (compiled == null) {
            synchronized (this) {
                compiled = report;
                if (compiled == null) {
                    compiled = load();
                    report = compiled;
                }
            }
        }
        return compiled;
    }

    static JasperReport load() {
        try (InputStream compiled = TravelerPdf.class.getResourceAsStream(REPORT)) {
            if (compiled == null) {
                throw new IllegalStateException(REPORT + " is missing beside " + TravelerPdf.class.getName()
                        + ": the build compiles it from src/main/jasperreports/traveler.jrxml");
            }
            return (JasperReport) JRLoader.loadObject(compiled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + REPORT, e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + REPORT + ": " + e.getMessage(), e);
        }
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
