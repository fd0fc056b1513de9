package org.openmes.andon.model;

import org.openmes.common.shopfloor.AndonPriority;

/** What a call is about: the four kiosk buttons, and a machine fault raised by the system. */
public enum AndonKind {
    MAINTENANCE(AndonPriority.HIGH), QUALITY(AndonPriority.HIGH), MATERIAL(AndonPriority.MEDIUM), HELP(AndonPriority.LOW),
    FAULT(AndonPriority.HIGH);

    private final AndonPriority defaultPriority;

    AndonKind(AndonPriority defaultPriority) {
        this.defaultPriority = defaultPriority;
    }

    /** The priority of a call of this kind when whoever raises it names none. */
    public AndonPriority defaultPriority() {
        return defaultPriority;
    }
}
