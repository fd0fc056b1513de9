/**
 * Logging an outage once: work the system repeats on its own (a mapping read every few seconds, the live figures of a
 * line every second) that fails while something it needs is away logs one WARNING with the cause when the failure
 * begins and one INFO when it works again, not one stack trace per attempt ({@link org.openmes.platform.outage.OutageLog}).
 */
package org.openmes.platform.outage;
