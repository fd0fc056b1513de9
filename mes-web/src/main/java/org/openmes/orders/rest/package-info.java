/**
 * REST adapter of quotes, customer orders with their shipments and purchase orders, manufacturing orders, PPIC
 * actions and supplier purchase orders ({@code /api/quotes}, {@code /api/customer-orders}, {@code /api/shipments} with
 * the packing list PDF, {@code /api/manufacturing-orders} with its status dashboard, {@code /api/ppic},
 * {@code /api/supplier-purchase-orders}), of the batches' work travelers ({@code /api/mo-batches/{id}/traveler}, a
 * PDF) and of execution at the workstation ({@code /api/workstation}: queues, traveler scans, operation
 * confirmations), delegating to the services of {@code org.openmes.orders.service}, {@code org.openmes.orders.traveler}
 * and {@code org.openmes.orders.packinglist}.
 */
package org.openmes.orders.rest;
