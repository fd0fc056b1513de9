package org.openmes.customers.service;

import org.openmes.customers.model.PartnerKind;

/** Filter of a partner list: kind (required), active flag and a text contained in code or name. Null means any. */
public record PartnerFilter(PartnerKind kind, Boolean active, String text) {
}
