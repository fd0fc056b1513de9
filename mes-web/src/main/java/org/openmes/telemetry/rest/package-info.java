/** REST adapter of the telemetry configuration and current equipment signal values ({@code /api/telemetry}). */
package org.openmes.telemetry.rest;
