/**
 * Printed documents: JasperReports templates ({@code src/main/jasperreports/*.jrxml}) compiled by the build
 * ({@link org.openmes.reporting.ReportTemplateCompiler}) into {@code .jasper} files beside the class that fills them,
 * and {@link org.openmes.reporting.CompiledReport}, which loads such a file once and renders PDFs from it. The
 * documents themselves (work travelers, packing lists) live with their context.
 */
package org.openmes.reporting;
