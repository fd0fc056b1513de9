/**
 * REST adapter of quotes, customer orders, manufacturing orders and PPIC actions ({@code /api/quotes},
 * {@code /api/customer-orders}, {@code /api/manufacturing-orders} with its status dashboard, {@code /api/ppic}) and
 * of the batches' work travelers ({@code /api/mo-batches/{id}/traveler}, a PDF), delegating to the services of
 * {@code org.openmes.orders.service} and {@code org.openmes.orders.traveler}.
 */
package org.openmes.orders.rest;
