package org.openmes.orders.traveler;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Run by the build (mes-ejb's pom, phase {@code process-classes}), never by the server: compiles the traveler's
 * JasperReports template ({@code src/main/jasperreports/traveler.jrxml}) into the {@code traveler.jasper} that
 * {@link TravelerPdf} loads, so that no server compiles reports (compiling took seconds on a busy machine, and would
 * have fallen on the first traveler a user asks for).
 */
public final class TravelerTemplateCompiler {
    private TravelerTemplateCompiler() {
    }

    /** @param args the template's path, the compiled report's path */
    public static void main(String[] args) throws JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TravelerTemplateCompiler <template.jrxml> <report.jasper>");
        }
        JasperCompileManager.compileReportToFile(args[0], args[1]);
    }
}
