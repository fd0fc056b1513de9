/**
 * Jakarta Batch jobs of the reporting context and the service that starts them and reports on their
 * executions. Job definitions live in {@code META-INF/batch-jobs} of this module.
 */
package org.openmes.reporting.batch;
