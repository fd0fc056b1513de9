/**
 * The execution services: schedule entries per line ({@link org.openmes.execution.service.ScheduleService}) and job
 * assignments through their lifecycle ({@link org.openmes.execution.service.JobService}), with the conflict checks
 * that need more than one record (overlapping windows, one running job per line, an operator on two lines).
 */
package org.openmes.execution.service;
