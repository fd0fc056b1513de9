package org.openmes.bom.model;

/**
 * How the material of a BOM line is chosen among its variants when it is issued: always the {@code PRIMARY}
 * variant; {@code WEIGHTED}, at random with each variant's weight as its probability (what the weights leave
 * to 100 % goes to the primary); or the {@code OPERATOR_CHOICE} at execution, among the variants.
 */
public enum VariantSelection {
    PRIMARY,
    WEIGHTED,
    OPERATOR_CHOICE
}
