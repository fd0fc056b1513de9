/** Pages of the customer and supplier directory ({@code /partners.xhtml?kind=customers|suppliers}). */
package org.openmes.customers.web;
