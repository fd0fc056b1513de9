/**
 * Telemetry configuration as entities with their rules: PLC connections, their tags and the mapping of tags to
 * canonical equipment signals of the plant model. The connector (mes-connector) reads the same tables.
 */
package org.openmes.telemetry.model;
