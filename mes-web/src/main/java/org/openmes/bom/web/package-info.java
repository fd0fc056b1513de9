/**
 * Pages of parts and BOMs: the part list ({@code /parts.xhtml}) and a part's page ({@code /part.xhtml?id=}) with its
 * data, its BOM as a tree exploded to every level, and its routing.
 */
package org.openmes.bom.web;
