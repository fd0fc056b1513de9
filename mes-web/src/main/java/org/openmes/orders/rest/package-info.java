/**
 * REST adapter of quotes, customer orders, manufacturing orders and PPIC actions ({@code /api/quotes},
 * {@code /api/customer-orders}, {@code /api/manufacturing-orders}, {@code /api/ppic}), delegating to the services
 * of {@code org.openmes.orders.service}.
 */
package org.openmes.orders.rest;
