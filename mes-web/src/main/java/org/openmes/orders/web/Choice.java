package org.openmes.orders.web;

import java.io.Serializable;
import java.util.List;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.service.PartFilter;
import org.openmes.bom.service.PartService;
import org.openmes.common.PageRequest;
import org.openmes.customers.model.PartnerKind;
import org.openmes.customers.service.PartnerFilter;
import org.openmes.customers.service.PartnerService;

/**
 * An option of a native choice list on the order pages: the id and what the user reads. The lists hold at most
 * {@value #MAX_CHOICES} entries, sorted by code or part number (a native list stays usable and reliable to select in).
 */
public record Choice(long id, String label) implements Serializable {
    static final int MAX_CHOICES = PageRequest.MAX_SIZE;

    /** The active customers or suppliers: "CODE — Name". */
    static List<Choice> activePartners(PartnerService partners, PartnerKind kind) {
        return partners.find(new PartnerFilter(kind, true, null), new PageRequest(0, MAX_CHOICES, "code", true))
                .getItems().stream().map(p -> new Choice(p.getId(), p.getCode() + " — " + p.getName())).toList();
    }

    /** The active parts whose number or description contains {@code text} (all when blank): "P-1000 rev. A — Pump". */
    static List<Choice> activeParts(PartService parts, String text) {
        return parts.list(new PartFilter(text == null || text.isBlank() ? null : text.trim(), PartStatus.ACTIVE, null, null),
                new PageRequest(0, MAX_CHOICES, "partNumber", true)).getItems().stream()
                .map(p -> new Choice(p.id(), p.partNumber() + " rev. " + p.revision() + " — " + p.description())).toList();
    }
}
