/**
 * REST adapter of quotes, customer orders with their shipments and purchase orders, manufacturing orders with their
 * status dashboard, PPIC actions and supplier purchase orders ({@code /api/quotes}, {@code /api/customer-orders},
 * {@code /api/shipments}, {@code /api/manufacturing-orders}, {@code /api/ppic}, {@code /api/supplier-purchase-orders}),
 * of the batches' work travelers ({@code /api/mo-batches/{id}/traveler}, a PDF) and of execution at the workstation
 * ({@code /api/workstation}: queues, traveler scans, operation confirmations), delegating to the services of
 * {@code org.openmes.orders.service} and {@code org.openmes.orders.traveler}.
 */
package org.openmes.orders.rest;
