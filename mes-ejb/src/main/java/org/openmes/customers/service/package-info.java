/**
 * The customer and supplier directory: the transaction boundary over {@code org.openmes.customers.model}, its
 * rules that need a query (a code unique per kind), and the DTOs the adapters see. Reading needs
 * {@code order.view}, every change {@code order.edit}: partners are the master data of orders and purchasing.
 */
package org.openmes.customers.service;
