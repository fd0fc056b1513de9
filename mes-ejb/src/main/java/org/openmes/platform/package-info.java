/**
 * What the application needs around its bounded contexts at start-up: the schema migration (Flyway) and
 * the optional demo plant and demo parts. Business rules do not live here; the demo data goes through the services like
 * any other caller.
 */
package org.openmes.platform;
