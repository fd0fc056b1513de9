/**
 * REST adapter of the quality context ({@code /api/quality}): the QC queue of operations awaiting inspection, the
 * inspections of an operation or a batch, and recording an inspection, delegating to
 * {@code org.openmes.quality.service}.
 */
package org.openmes.quality.rest;
