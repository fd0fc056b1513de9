/** REST adapter of the time model: shift patterns, plant calendar, shift assignments, targets, planned time. */
package org.openmes.shift.rest;
