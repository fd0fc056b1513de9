package org.openmes.andon.service;

import java.util.List;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.andon.model.EscalationRule;

/**
 * One escalation level: for calls of {@code priority} on line {@code lineId} (null: plant-wide), who is called
 * ({@code role:<ROLE>} or {@code user:<name>}) and the seconds a call may wait for acknowledgement and then resolution
 * at this level before it moves up.
 */
public record EscalationRuleDto(Long id, Long lineId, AndonPriority priority, Integer level, Integer acknowledgeTimeoutSeconds,
                                Integer resolveTimeoutSeconds, List<String> recipients, Long version) {

    static EscalationRuleDto of(EscalationRule rule) {
        return new EscalationRuleDto(rule.getId(), rule.getLineId(), rule.getPriority(), rule.getLevel(), rule.getAcknowledgeTimeoutSeconds(),
                rule.getResolveTimeoutSeconds(), List.of(rule.getRecipients().split(",")), rule.getVersion());
    }
}
