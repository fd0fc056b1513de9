/**
 * Quotes, customer orders (with their fulfilment: ready to ship, shipments to a ship-to address, packing lists, the
 * customer's POs), manufacturing orders, the PPIC actions over them, and supplier purchase orders with receiving: the
 * transaction boundary over {@code org.openmes.orders.model}, the DTOs the adapters see, and what the orders read of
 * parts and routings. Reading needs {@code order.view}; editing quotes and orders {@code order.edit}; approving a
 * quote or a manufacturing order {@code order.approve}; releasing, starting and completing manufacturing orders and
 * batches {@code mo.release}; splitting into batches and priorities {@code schedule.edit}; shipping, recording
 * customer POs and writing supplier POs {@code order.edit}; receiving against supplier POs {@code inventory.edit}. At
 * the workstation ({@link org.openmes.orders.service.WorkstationService}) the queue and operations are read with
 * {@code job.view} and confirmed (start, pause, resume, complete) with {@code job.execute}, which operators at kiosks
 * hold. The MO status dashboard ({@code MoDashboardService}: aggregate queries, never the orders themselves) needs
 * {@code order.view}; work travelers live in {@code org.openmes.orders.traveler}, packing list PDFs in
 * {@code org.openmes.orders.packinglist}.
 */
package org.openmes.orders.service;
