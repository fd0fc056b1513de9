/** Faces pages of execution: the supervisor's jobs page ({@code /jobs.xhtml}). */
package org.openmes.execution.web;
