package org.openmes.andon.service;

import java.time.Instant;
import org.openmes.andon.model.AndonCall;
import org.openmes.andon.model.AndonKind;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.andon.model.AndonSource;
import org.openmes.andon.model.AndonStatus;

/** A call as adapters see it, with its line's code and who is called at its current level. */
public record AndonCallDto(long id, long lineId, String lineCode, Long equipmentId, AndonKind kind, AndonPriority priority, AndonSource source,
                           String description, String faultCode, AndonStatus status, int escalationLevel, String recipients,
                           Instant nextEscalationAt, Instant raisedAt, String raisedBy, Instant acknowledgedAt, String acknowledgedBy,
                           Instant resolvedAt, String resolvedBy, String resolutionNotes, long version) {

    static AndonCallDto of(AndonCall call, String lineCode, String recipients) {
        return new AndonCallDto(call.getId(), call.getLineId(), lineCode, call.getEquipmentId(), call.getKind(), call.getPriority(),
                call.getSource(), call.getDescription(), call.getFaultCode(), call.getStatus(), call.getEscalationLevel(), recipients,
                call.getNextEscalationAt(), call.getRaisedAt(), call.getRaisedBy(), call.getAcknowledgedAt(), call.getAcknowledgedBy(),
                call.getResolvedAt(), call.getResolvedBy(), call.getResolutionNotes(), call.getVersion());
    }
}
