/**
 * The live shop floor read model for the kiosk, the line dashboard and the plant overview
 * ({@link org.openmes.floor.service.FloorService}, guarded, over {@link org.openmes.floor.service.FloorBoards}, which the
 * system's own work uses): per line its equipment with state, open stop and shift counts, the running job, open andon
 * calls, the running shift's target and OEE, and an hourly OEE trend (one per line, shared by all pages:
 * {@link org.openmes.floor.service.LineTrends}). Read with one query per concern for all lines
 * asked at once; OEE comes from {@link org.openmes.oee.service.OeeCalculator}. Also tells live pages when downtime
 * changed ({@link org.openmes.floor.service.DowntimePushes}) and pushes a watched counting line's counts and OEE, and
 * a watched trend's bars, to them ({@link org.openmes.floor.service.LiveFigures}).
 */
package org.openmes.floor.service;
