package org.openmes.execution.service;

import java.util.List;
import org.openmes.execution.model.ChecklistTemplate;

/** One version of a checklist, with its items in order. */
public record ChecklistTemplateDto(long id, long scopeNodeId, int templateVersion, String name, boolean current, List<ChecklistItemDto> items) {

    static ChecklistTemplateDto of(ChecklistTemplate template) {
        return new ChecklistTemplateDto(template.getId(), template.getScopeNodeId(), template.getTemplateVersion(), template.getName(),
                template.isCurrent(), template.getItems().stream().map(ChecklistItemDto::of).toList());
    }
}
