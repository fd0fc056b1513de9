/** REST adapter of execution: schedule entries and job assignments under {@code /api}. */
package org.openmes.execution.rest;
