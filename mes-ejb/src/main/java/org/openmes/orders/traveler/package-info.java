/**
 * Work travelers: the print-ready A4 PDF that goes with a batch of a manufacturing order through the shop — order,
 * part, the components to pick for the batch, every operation with its work center and standard times, sign-off boxes,
 * and the QR codes ({@link org.openmes.orders.model.TravelerCode}) a workstation kiosk opens the batch or an operation
 * with. {@link org.openmes.orders.traveler.TravelerService} is the guarded entry; the content is read into a
 * {@link org.openmes.orders.traveler.Traveler} and rendered with JasperReports from {@code traveler.jasper}, which the
 * build compiles from {@code src/main/jasperreports/traveler.jrxml}.
 */
package org.openmes.orders.traveler;
