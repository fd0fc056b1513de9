/**
 * Execution on the shop floor: production schedule entries per line and the job assignments that carry them out,
 * with their lifecycle ({@link org.openmes.execution.model.JobStatus}) held by the entities themselves.
 */
package org.openmes.execution.model;
