/**
 * Faces view beans of telemetry: the live telemetry status page and the configuration page (PLC connections, tags,
 * signal mappings edited in dialogs through DTOs).
 */
package org.openmes.telemetry.web;
