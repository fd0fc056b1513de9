/**
 * Live telemetry for pages: {@link org.openmes.telemetry.live.LiveSignals} pushes a machine's state-relevant signals
 * and state as the ingest receives a scan, before it is stored; {@link org.openmes.telemetry.live.TelemetryChangeWatcher}
 * announces on the {@link org.openmes.platform.push.PushBus} which equipment's stored signals or events changed and
 * when the connector's state moved, so telemetry pages refresh by push, not by polling.
 */
package org.openmes.telemetry.live;
