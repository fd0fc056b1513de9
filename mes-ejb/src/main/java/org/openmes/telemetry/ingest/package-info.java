/**
 * Telemetry ingest: the message-driven bean that stores each scan message of the PLC connector in the
 * time-partitioned sample table and the equipment's current signal values, publishes the stored edge events to the JMS
 * topic for consumers outside the MES ({@link org.openmes.telemetry.ingest.EdgeEventTopic}), and the upkeep of the
 * partitions.
 */
package org.openmes.telemetry.ingest;
