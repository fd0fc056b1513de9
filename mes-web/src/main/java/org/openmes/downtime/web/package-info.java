/** Faces view beans of downtime: the supervisor's page of a line's downtime events (reason, split, merge, confirm). */
package org.openmes.downtime.web;
