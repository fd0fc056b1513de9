/**
 * Faces adapter of the live shop floor: the line dashboard ({@code /line-dashboard.xhtml?line=}), the plant overview
 * ({@code /plant-overview.xhtml}) and the kiosk's line section (current stop with the reason picker, counts against
 * the shift's target, the shift's OEE) on {@code /kiosk/index.xhtml}. All refresh by server push (topics
 * {@code line-<id>} and {@code equipment-<id>}) and take machine states, counts and OEE from live messages between
 * refreshes; stop timers tick in the browser from the stop's start (floor.js).
 */
package org.openmes.floor.web;
