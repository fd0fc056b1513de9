package org.openmes.execution.model;

/** Where a completed job's good and scrap quantities came from. */
public enum QuantitySource {
    /** Typed by the person completing the job. */
    ENTERED,
    /** Summed from the PLC's GOOD_COUNT / REJECT_COUNT increments of the line's equipment while the job ran. */
    PLC
}
