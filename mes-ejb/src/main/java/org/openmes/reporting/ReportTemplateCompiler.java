package org.openmes.reporting;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Run by the build (mes-ejb's pom, phase {@code process-classes}), never by the server: compiles JasperReports
 * templates ({@code src/main/jasperreports/*.jrxml}) into the {@code .jasper} files that {@link CompiledReport} loads,
 * so that no server compiles reports (compiling took seconds on a busy machine, and would have fallen on the first
 * document a user asks for). One run compiles every template, to start one JVM only.
 */
public final class ReportTemplateCompiler {
    private ReportTemplateCompiler() {
    }

    /** @param args pairs of a template's path and its compiled report's path */
    public static void main(String[] args) throws JRException {
        if (args.length == 0 || args.length % 2 != 0) {
            throw new IllegalArgumentException("usage: ReportTemplateCompiler (<template.jrxml> <report.jasper>)...");
        }
        for (int i = 0; i < args.length; i += 2) {
            JasperCompileManager.compileReportToFile(args[i], args[i + 1]);
        }
    }
}
