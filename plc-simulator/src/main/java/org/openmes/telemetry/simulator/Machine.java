package org.openmes.telemetry.simulator;

import java.util.Random;

/**
 * One simulated machine: PackML state, speed, counters and energy, advanced by {@link #advance(long)}. Counters
 * are unsigned 32-bit and roll over like a PLC's. Not thread-safe: {@link LineSimulator} serialises access.
 */
final class Machine {
    private final String name;
    private final int ratedSpeed;
    private final double rejectRatio;
    private final double kilowatts;
    private final int baseRegister;
    private final int runningCoil;
    private final int faultRegisters;
    private final double runningCelsius;
    private final double idleCelsius;
    private final Random random;

    private PackMlState state = PackMlState.EXECUTE;
    private long good;
    private long reject;
    private double pendingUnits;
    private double energyKwh;
    private long faults;
    private int heartbeat;
    private double temperature;

    Machine(String name, int ratedSpeed, double rejectRatio, double kilowatts, int baseRegister, int runningCoil,
            int faultRegisters, double runningCelsius, double idleCelsius, long seed) {
        this.name = name;
        this.ratedSpeed = ratedSpeed;
        this.rejectRatio = rejectRatio;
        this.kilowatts = kilowatts;
        this.baseRegister = baseRegister;
        this.runningCoil = runningCoil;
        this.faultRegisters = faultRegisters;
        this.runningCelsius = runningCelsius;
        this.idleCelsius = idleCelsius;
        this.temperature = runningCelsius;
        this.random = new Random(seed);
    }

    String name() {
        return name;
    }

    void advance(long elapsedMillis) {
        heartbeat = (heartbeat + 1) & 0xFFFF;
        double hours = elapsedMillis / 3_600_000.0;
        energyKwh += (running() ? kilowatts : kilowatts * 0.1) * hours;
        // first-order lag towards the running or idle temperature, time constant one minute
        double target = running() ? runningCelsius : idleCelsius;
        temperature += (target - temperature) * Math.min(1, elapsedMillis / 60_000.0);
        if (!running()) {
            return;
        }
        pendingUnits += ratedSpeed * elapsedMillis / 60_000.0;
        while (pendingUnits >= 1) {
            pendingUnits -= 1;
            if (random.nextDouble() < rejectRatio) {
                reject = (reject + 1) & 0xFFFF_FFFFL;
            } else {
                good = (good + 1) & 0xFFFF_FFFFL;
            }
        }
    }

    boolean running() {
        return state == PackMlState.EXECUTE;
    }

    PackMlState state() {
        return state;
    }

    void state(PackMlState newState) {
        state = newState;
    }

    int speed() {
        return running() ? ratedSpeed : 0;
    }

    long goodCount() {
        return good;
    }

    long rejectCount() {
        return reject;
    }

    long totalCount() {
        return (good + reject) & 0xFFFF_FFFFL;
    }

    long faults() {
        return faults;
    }

    /** What the PLC would show for this machine now, for other protocols than Modbus (the OPC UA server). */
    MachineSnapshot snapshot() {
        return new MachineSnapshot(state, running(), speed(), good, reject, totalCount(), faults, (float) energyKwh,
                (float) temperature, heartbeat);
    }

    /** Raises fault {@code bit}: the machine holds, as a real one stops on a fault. */
    void raiseFault(int bit) {
        checkBit(bit);
        faults |= 1L << bit;
        state = PackMlState.HELD;
    }

    /** Clears fault {@code bit}; with no fault left the machine runs again. */
    void clearFault(int bit) {
        checkBit(bit);
        faults &= ~(1L << bit);
        if (faults == 0 && state == PackMlState.HELD) {
            state = PackMlState.EXECUTE;
        }
    }

    /** Sets the counters, e.g. to just below the 32-bit limit to show a roll-over. */
    void counters(long goodCount, long rejectCount) {
        good = goodCount & 0xFFFF_FFFFL;
        reject = rejectCount & 0xFFFF_FFFFL;
    }

    private void checkBit(int bit) {
        if (bit < 0 || bit >= faultRegisters * 16) {
            throw new IllegalArgumentException(name + " has fault bits 0.." + (faultRegisters * 16 - 1) + ", not " + bit);
        }
    }

    /** Writes this machine's values into the image, big-endian as PLC4X reads them. */
    void writeTo(java.util.Map<Integer, byte[]> holdingRegisters, java.util.Map<Integer, Boolean> coils) {
        put(holdingRegisters, RegisterMap.STATE, state.number());
        put(holdingRegisters, RegisterMap.SPEED, speed());
        putInt(holdingRegisters, RegisterMap.GOOD_COUNT, good);
        putInt(holdingRegisters, RegisterMap.REJECT_COUNT, reject);
        putInt(holdingRegisters, RegisterMap.TOTAL_COUNT, totalCount());
        putInt(holdingRegisters, RegisterMap.ENERGY_KWH, Float.floatToIntBits((float) energyKwh) & 0xFFFF_FFFFL);
        put(holdingRegisters, RegisterMap.HEARTBEAT, heartbeat);
        putInt(holdingRegisters, RegisterMap.TEMPERATURE, Float.floatToIntBits((float) temperature) & 0xFFFF_FFFFL);
        for (int i = 0; i < faultRegisters; i++) {
            int shift = 16 * (faultRegisters - 1 - i); // high word first
            put(holdingRegisters, RegisterMap.FAULTS + i, (int) (faults >>> shift));
        }
        coils.put(runningCoil, running());
    }

    private void put(java.util.Map<Integer, byte[]> registers, int offset, int value) {
        registers.put(baseRegister + offset, new byte[] {(byte) (value >> 8), (byte) value});
    }

    private void putInt(java.util.Map<Integer, byte[]> registers, int offset, long value) {
        put(registers, offset, (int) (value >>> 16));
        put(registers, offset + 1, (int) value);
    }
}
