/**
 * REST adapter of quotes, customer orders, manufacturing orders and PPIC actions ({@code /api/quotes},
 * {@code /api/customer-orders}, {@code /api/manufacturing-orders} with its status dashboard, {@code /api/ppic}), of
 * the batches' work travelers ({@code /api/mo-batches/{id}/traveler}, a PDF) and of execution at the workstation
 * ({@code /api/workstation}: queues, traveler scans, operation confirmations), delegating to the services of
 * {@code org.openmes.orders.service} and {@code org.openmes.orders.traveler}.
 */
package org.openmes.orders.rest;
