/**
 * Use cases of routings: {@link org.openmes.routing.service.RoutingService} (templates and each part's routing)
 * and the DTOs (records) adapters and other contexts (orders: operations of manufacturing orders) read.
 */
package org.openmes.routing.service;
