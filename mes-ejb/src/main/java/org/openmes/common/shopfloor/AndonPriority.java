package org.openmes.common.shopfloor;

/** How urgently an andon call needs someone, lowest first. */
public enum AndonPriority {
    LOW, MEDIUM, HIGH, CRITICAL
}
