/**
 * OEE after ISO 22400-2: the time elements and quantities of a piece of equipment over a window
 * ({@link org.openmes.oee.model.TimeElements}), the key performance indicators computed from them
 * ({@link org.openmes.oee.model.OeeFigures}), and the ideal cycle times per product and equipment. docs/oee.md states
 * every formula.
 */
package org.openmes.oee.model;
