/** REST adapter of parts and BOMs ({@code /api/parts}): parses, calls the bom services, shapes the answer. */
package org.openmes.bom.rest;
