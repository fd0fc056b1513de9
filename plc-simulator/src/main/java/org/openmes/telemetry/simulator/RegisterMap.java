package org.openmes.telemetry.simulator;

/**
 * Where the simulated line keeps its values: Modbus protocol addresses (0-based). PLC4X numbers registers from 1,
 * so protocol address {@code n} is {@code holding-register:(n+1)} / {@code coil:(n+1)} in a PLC4X tag address.
 * Multi-register values are big-endian (high word first), as PLC4X reads them.
 */
public final class RegisterMap {
    /** Holding registers of one machine, relative to its base address. */
    public static final int STATE = 0;          // UINT, PackML state number
    public static final int SPEED = 1;          // UINT, units per minute
    public static final int GOOD_COUNT = 2;     // UDINT over 2 registers
    public static final int REJECT_COUNT = 4;   // UDINT over 2 registers
    public static final int TOTAL_COUNT = 6;    // UDINT over 2 registers
    public static final int ENERGY_KWH = 8;     // REAL (IEEE 754 float) over 2 registers
    public static final int HEARTBEAT = 10;     // UINT, +1 every tick: a frozen PLC stops counting
    public static final int FAULTS = 12;        // bagger: LINT over 4 registers (64 fault bits); loader: WORD
    /** UDINT over 2 registers that the MES writes (a job's target count); the machine only keeps it. */
    public static final int TARGET_COUNT = 16;
    /** REAL over 2 registers, degrees Celsius (bagger: sealing jaws; basket loader: drive motor). */
    public static final int TEMPERATURE = 18;

    /** Base holding-register address of the bagger. */
    public static final int BAGGER = 0;
    /** Base holding-register address of the basket loader. */
    public static final int LOADER = 100;
    /** Running bits: coil address of each machine. */
    public static final int BAGGER_RUNNING_COIL = 0;
    public static final int LOADER_RUNNING_COIL = 1;

    /**
     * Base holding-register address of the bench block ({@link Scenario#BENCH} only): {@value #BENCH_REGISTERS} UINT
     * registers whose values change with every read, so a benchmark is limited by the pipeline, not by the line.
     */
    public static final int BENCH = 1000;
    public static final int BENCH_REGISTERS = 2000;

    private RegisterMap() {
    }
}
