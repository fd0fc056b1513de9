package org.openmes.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * A JasperReports report compiled by the build ({@link ReportTemplateCompiler}) into a {@code .jasper} resource beside
 * a class, loaded at the first document and shared by all threads (filling a report never changes it), rendered to
 * PDF from parameters and rows of named fields.
 */
public final class CompiledReport {
    private final Class<?> owner;
    private final String resource;
    private volatile JasperReport report;

    /** @param resource the compiled report's file name, beside {@code owner} */
    public CompiledReport(Class<?> owner, String resource) {
        this.owner = owner;
        this.resource = resource;
    }

    /**
     * The PDF of the report filled with {@code parameters} and one detail row per map of {@code rows}.
     *
     * @param what the document, for the message when it cannot be rendered ("the packing list of SH-000001")
     */
    public byte[] pdf(String what, Map<String, Object> parameters, Collection<Map<String, ?>> rows) {
        try {
            return JasperExportManager.exportReportToPdf(JasperFillManager.fillReport(report(), parameters,
                    new JRMapCollectionDataSource(rows)));
        } catch (JRException e) {
            throw new IllegalStateException("cannot render " + what + ": " + e.getMessage(), e);
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

    private JasperReport load() {
        try (InputStream compiled = owner.getResourceAsStream(resource)) {
            if (compiled == null) {
                throw new IllegalStateException(resource + " is missing beside " + owner.getName()
                        + ": the build compiles it from src/main/jasperreports");
            }
            return (JasperReport) JRLoader.loadObject(compiled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + resource + ": " + e.getMessage(), e);
        }
    }
}
