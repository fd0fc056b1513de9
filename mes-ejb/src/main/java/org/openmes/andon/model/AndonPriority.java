package org.openmes.andon.model;

/** How urgent a call is; escalation rules are per priority. */
public enum AndonPriority {
    LOW, MEDIUM, HIGH, CRITICAL
}
