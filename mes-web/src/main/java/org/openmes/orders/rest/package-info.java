/**
 * REST adapter of quotes, customer orders, manufacturing orders and PPIC actions ({@code /api/quotes},
 * {@code /api/customer-orders}, {@code /api/manufacturing-orders}, {@code /api/ppic}) and execution at the workstation ({@code /api/workstation}:
 * queues, traveler scans, operation confirmations), delegating to the services
 * of {@code org.openmes.orders.service}.
 */
package org.openmes.orders.rest;
