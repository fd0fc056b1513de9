/** REST adapter of the reporting context: starting batch jobs and following their executions. */
package org.openmes.reporting.rest;
