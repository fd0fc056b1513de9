package org.openmes.andon.model;

/**
 * Who raised a call: a person (at a kiosk or a desk), the system from a machine fault, or a checklist answered out of
 * limits.
 */
public enum AndonSource {
    OPERATOR, FAULT, CHECKLIST
}
