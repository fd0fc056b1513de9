package org.openmes.execution.service;

import java.util.List;

/** A new version of the checklist of a line, work center or piece of equipment ({@code scopeNodeId}). */
public record ChecklistTemplateDraft(Long scopeNodeId, String name, List<ChecklistItemDraft> items) {
}
