/**
 * REST adapter of routings: templates ({@code /api/routing-templates}) and a part's routing
 * ({@code /api/parts/{id}/routing}).
 */
package org.openmes.routing.rest;
