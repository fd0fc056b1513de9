/**
 * Pages of the orders context: quotes, drafted and their lines edited on the page ({@code /quotes.xhtml}), customer
 * orders with shipping to a ship-to address, packing list PDFs and the customer's POs ({@code /customer-orders.xhtml}),
 * packing lists to print ({@code /packing-list.xhtml}), manufacturing orders with their batches, their work travelers
 * (a download per batch) and the PPIC actions over a selection ({@code /manufacturing-orders.xhtml}), the MO status
 * dashboard ({@code /mo-dashboard.xhtml}), supplier purchase orders written on the page and received
 * ({@code /supplier-purchase-orders.xhtml}); and the workstation kiosk pages: the queue at the kiosk's work centers
 * with the traveler scan field ({@code /kiosk/workstation.xhtml}) and one operation with its confirmations
 * ({@code /kiosk/operation.xhtml}).
 */
package org.openmes.orders.web;
