/**
 * Telemetry configuration as entities with their rules: PLC connections, their tags, the mapping of tags to
 * canonical equipment signals of the plant model, and the fault catalog (what each bit of an equipment's FAULT_WORD
 * means). Connections and tags are retired, never removed, since samples refer to them. The connector
 * (mes-connector) reads the same tables.
 */
package org.openmes.telemetry.model;
