/**
 * Trading partners: customers (whom quotes and orders are for) and suppliers (whom purchase orders go to), with
 * their contacts, addresses (a customer's ship-to addresses) and payment terms. One record shape for both, told
 * apart by {@link org.openmes.customers.model.PartnerKind}: the same company may be a customer and a supplier.
 */
package org.openmes.customers.model;
