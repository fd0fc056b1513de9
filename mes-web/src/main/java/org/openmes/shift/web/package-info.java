/** Faces view beans of the time model: the shifts page (patterns, calendar, people, targets, the line's schedule). */
package org.openmes.shift.web;
