package org.openmes.orders.model;

/**
 * Where a customer order stands. Only OPEN exists so far: the order's completion (ready to ship when all its
 * manufacturing is done and passed quality, then shipped) comes with the shipping work.
 */
public enum CustomerOrderStatus {
    OPEN
}
