/**
 * REST adapter of the customer and supplier directory ({@code /api/customers}, {@code /api/suppliers}): one
 * resource for both kinds, delegating to {@link org.openmes.customers.service.PartnerService}.
 */
package org.openmes.customers.rest;
