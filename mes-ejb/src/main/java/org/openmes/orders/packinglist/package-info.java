/**
 * Packing lists as print-ready A4 PDFs: a shipment of a customer order — order, customer, the customer's PO numbers,
 * ship date, carrier, tracking number, ship-to address and the quantity of each line — rendered with JasperReports from
 * {@code packing-list.jasper}, which the build compiles from {@code src/main/jasperreports/packing-list.jrxml}.
 * {@link org.openmes.orders.packinglist.PackingListService} is the guarded entry; the content is the shipment as
 * {@link org.openmes.orders.service.FulfilmentService} answers it.
 */
package org.openmes.orders.packinglist;
