/**
 * Pages of the orders context: quotes ({@code /quotes.xhtml}), customer orders with shipping and the customer's POs
 * ({@code /customer-orders.xhtml}), packing lists to print ({@code /packing-list.xhtml}), manufacturing orders with
 * their batches and the PPIC actions over a selection ({@code /manufacturing-orders.xhtml}), and supplier purchase
 * orders with receiving ({@code /supplier-purchase-orders.xhtml}).
 */
package org.openmes.orders.web;
