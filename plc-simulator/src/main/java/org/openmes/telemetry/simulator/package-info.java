/**
 * A packaging line (bagger + basket loader) behind a real Modbus TCP server and, optionally, an OPC UA server (Eclipse
 * Milo, {@link org.openmes.telemetry.simulator.OpcUaLineServer}) showing the same line, for the run command, the
 * integration tests and the benchmarks. It runs outside the application server: nothing here is deployed. The register
 * map is {@link org.openmes.telemetry.simulator.RegisterMap}, the OPC UA nodes are described in
 * {@link org.openmes.telemetry.simulator.LineNamespace}; scenarios are {@link org.openmes.telemetry.simulator.Scenario}.
 */
package org.openmes.telemetry.simulator;
