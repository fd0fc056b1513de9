/**
 * Faces pages of the quality context: {@code /quality-inspections.xhtml}, the QC queue with the dialog an inspector
 * records a verdict in, backed by {@link org.openmes.quality.web.QualityInspectionsView}.
 */
package org.openmes.quality.web;
