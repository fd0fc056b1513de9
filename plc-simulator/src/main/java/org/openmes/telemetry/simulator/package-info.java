/**
 * A packaging line (bagger + basket loader) behind a real Modbus TCP server, for the run command, the integration
 * tests and the benchmarks. It runs outside the application server: nothing here is deployed. The register map is
 * {@link org.openmes.telemetry.simulator.RegisterMap}; scenarios are {@link org.openmes.telemetry.simulator.Scenario}.
 */
package org.openmes.telemetry.simulator;
