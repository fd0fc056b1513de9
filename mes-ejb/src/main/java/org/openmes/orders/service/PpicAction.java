package org.openmes.orders.service;

/** The PPIC actions that can be taken over a selection of manufacturing orders and batches. */
public enum PpicAction {
    APPROVE, RELEASE, START, COMPLETE
}
