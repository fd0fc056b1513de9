/**
 * The JCA resource adapter that owns every PLC session (Apache PLC4X) and delivers telemetry over JMS. It reads
 * its configuration from the MES database, polls each PLC per scan class on the container's timer and
 * WorkManager, reports by exception and publishes one persistent JMS message per scan, journalling to disk what
 * the messaging engine refuses. The message format is {@link org.openmes.telemetry.connector.ScanMessage}.
 */
package org.openmes.telemetry.connector;
