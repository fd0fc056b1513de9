/**
 * The quality context's records: {@link org.openmes.quality.model.QualityInspection}, the verdict of an inspector on
 * the units an operation with a quality check made (PASS, FAIL or REWORK), which applies itself to the batch
 * operation of the orders context (where the operation's state machine lives) and is never changed afterwards.
 */
package org.openmes.quality.model;
