/**
 * The time model's service: shift patterns, plant calendar, shift assignments and production targets (edited with
 * {@code schedule.edit}, read with {@code schedule.view}), and the planned time (POT, PBT) of a line for a window.
 * {@link org.openmes.shift.service.TimeModels} builds a line's time model for other contexts (OEE), unguarded
 * because they guard their own entry points.
 */
package org.openmes.shift.service;
