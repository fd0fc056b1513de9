/**
 * The JCA resource adapter that owns every PLC session. For now it only proves that the adapter deploys
 * and follows the container's lifecycle; PLC4X sessions, scan classes and JMS delivery come with the
 * telemetry feature.
 */
package org.openmes.telemetry.connector;
