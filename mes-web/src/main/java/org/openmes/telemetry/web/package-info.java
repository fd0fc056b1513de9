/** Faces view beans of telemetry: the live telemetry status page. */
package org.openmes.telemetry.web;
