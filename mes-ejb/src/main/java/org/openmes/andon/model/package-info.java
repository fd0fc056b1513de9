/**
 * Andon: calls for help on a production line, raised by operators or from machine faults, with their priority,
 * lifecycle (open → acknowledged → resolved) and escalation levels; the escalation rules per priority and line.
 */
package org.openmes.andon.model;
