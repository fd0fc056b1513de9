/**
 * Telemetry ingest: the message-driven bean that stores each scan message of the PLC connector in the
 * time-partitioned sample table and the equipment's current signal values, and the upkeep of the partitions.
 */
package org.openmes.telemetry.ingest;
