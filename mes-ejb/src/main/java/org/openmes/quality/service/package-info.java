/**
 * The quality context's use cases: recording an inspection of a batch operation awaiting one (the caller is the
 * inspector), the inspections of an operation or a batch, and the QC queue of operations awaiting inspection.
 * DTOs (records) cross this boundary, never entities.
 */
package org.openmes.quality.service;
