/**
 * Pages of the orders context: quotes ({@code /quotes.xhtml}), customer orders ({@code /customer-orders.xhtml}) and
 * manufacturing orders with their batches, their work travelers (a download per batch) and the PPIC actions over a
 * selection ({@code /manufacturing-orders.xhtml}); the MO status dashboard ({@code /mo-dashboard.xhtml}).
 */
package org.openmes.orders.web;
