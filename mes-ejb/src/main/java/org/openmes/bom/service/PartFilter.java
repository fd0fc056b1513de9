package org.openmes.bom.service;

import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.PartStatus;

/**
 * What the part list is filtered on; null fields do not filter. {@code text} matches part number and
 * description (contains, case-insensitive); {@code productFamily} is matched exactly.
 */
public record PartFilter(String text, PartStatus status, MakeOrBuy makeOrBuy, String productFamily) {
    public static final PartFilter ALL = new PartFilter(null, null, null, null);
}
