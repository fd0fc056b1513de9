/**
 * Pages of routings: the routing templates page ({@code /routing-templates.xhtml}) and the operation editor that it
 * and the part page's routing tab share.
 */
package org.openmes.routing.web;
