/**
 * A small second application that {@link org.openmes.it.EdgeEventTopicIT} deploys beside the MES, as an outside
 * consumer of the edge-event topic would be: an MDB subscribed to {@code jms/telemetryEdgeEvents} (its activation spec
 * with a message selector is in the test server's configuration, {@link org.openmes.it.TestEnvironment}) that records
 * what it receives, and a servlet that lets the test read the record, put a scan on the telemetry queue as the PLC
 * connector would, and probe the subscription. Test code only; never part of the EAR.
 */
package org.openmes.it.subscriber;
