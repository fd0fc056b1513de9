/**
 * The shop floor's time model (ISO 22400-2 time elements): shift patterns per production line with their breaks, the
 * plant calendar (holidays, planned down time), shift assignments of people and production targets, and
 * {@link org.openmes.shift.model.TimeModel}, which turns them into the planned operation time (POT) and planned busy
 * time (PBT) of any window. Its own context ({@code shift}) rather than {@code scheduling}: the production schedule
 * (what runs when) is a different model that uses this one.
 */
package org.openmes.shift.model;
