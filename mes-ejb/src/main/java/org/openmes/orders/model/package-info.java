/**
 * Demand and manufacturing orders as entities that carry their rules: quotes with their lines and life cycle
 * (draft, sent, approved, rejected, expired), customer orders, and manufacturing orders with the operations copied
 * from the part's routing, split into batches that each carry those operations; the execution of each batch
 * operation at the workstation (queued, in progress, paused, completed, with good and scrap units) and its
 * append-only confirmations, the operator's choice of material where the BOM leaves it, and the traveler codes
 * that open an operation on a kiosk. State changes go through methods that refuse what the life cycle does not
 * allow (409) or what the input gets wrong (400, naming the field).
 */
package org.openmes.orders.model;
