package org.openmes.andon.model;

/** Who raised a call: a person (at a kiosk or a desk) or the system from a machine fault. */
public enum AndonSource {
    OPERATOR, FAULT
}
