package org.openmes.execution.model;

/** How urgent a schedule entry is; dispatch lists order by it, most urgent first. */
public enum SchedulePriority {
    LOW, NORMAL, HIGH, URGENT
}
