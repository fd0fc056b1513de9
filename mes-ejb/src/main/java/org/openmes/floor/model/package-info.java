/**
 * The live shop floor's own rules: how a piece of equipment's signals and stops become the state colour a line
 * dashboard shows ({@link org.openmes.floor.model.EquipmentState}), and a line's worst state.
 */
package org.openmes.floor.model;
