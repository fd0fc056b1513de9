package org.openmes.bom.model;

/**
 * Where a part revision stands in its life: {@code ACTIVE} parts can be used everywhere; {@code OBSOLETE}
 * ones keep their history and the BOMs that already use them, but cannot be put into a new BOM line.
 */
public enum PartStatus {
    ACTIVE,
    OBSOLETE
}
