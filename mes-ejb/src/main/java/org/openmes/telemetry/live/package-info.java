/**
 * Live telemetry for pages: announces on the {@link org.openmes.platform.push.PushBus} which equipment's signals or
 * events changed and when the connector's state moved, so telemetry pages refresh by push, not by polling.
 */
package org.openmes.telemetry.live;
