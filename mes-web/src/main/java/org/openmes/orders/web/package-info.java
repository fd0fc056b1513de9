/**
 * Pages of the orders context: quotes ({@code /quotes.xhtml}), customer orders ({@code /customer-orders.xhtml}) and
 * manufacturing orders with their batches and the PPIC actions over a selection ({@code /manufacturing-orders.xhtml}).
 */
package org.openmes.orders.web;
