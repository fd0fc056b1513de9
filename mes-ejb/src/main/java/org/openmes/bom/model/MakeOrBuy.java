package org.openmes.bom.model;

/** Whether the plant makes a part (it gets manufacturing orders, a BOM and a routing) or buys it. */
public enum MakeOrBuy {
    MAKE,
    BUY
}
