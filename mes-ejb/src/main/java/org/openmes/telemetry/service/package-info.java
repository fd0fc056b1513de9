/**
 * Telemetry services: the configuration of PLC connections, tags and signal mappings (checked against the PLC4X
 * drivers at save time, changed with the version edited, deleted by retiring what samples refer to), the DTOs the
 * adapters see, and the read side of current equipment signal values.
 */
package org.openmes.telemetry.service;
