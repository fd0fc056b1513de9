package org.openmes.telemetry.simulator;

/**
 * One machine's values as of one tick of the line, immutable, so a protocol server other than the Modbus one can
 * read them from any thread. Counters are unsigned 32-bit; {@code faults} is the 64-bit fault word.
 */
public record MachineSnapshot(PackMlState state, boolean running, int speed, long goodCount, long rejectCount,
                              long totalCount, long faults, float energyKwh, float temperatureCelsius, int heartbeat) {
}
