package org.openmes.andon.service;

import org.openmes.andon.model.AndonKind;
import org.openmes.common.shopfloor.AndonPriority;

/** What someone sends to raise a call on a line; a null priority is the kind's default. */
public record AndonRaise(Long lineId, Long equipmentId, AndonKind kind, AndonPriority priority, String description) {
}
