/**
 * The OEE service (read with {@code oee.view}; ideal cycle times edited with {@code plant.edit}) and the upkeep of
 * the minute records: {@link org.openmes.oee.service.OeeMinutes} recomputes them when downtime changes (in the
 * changing transaction), every minute for the recent minutes of every measured machine, and before a figure is read.
 */
package org.openmes.oee.service;
