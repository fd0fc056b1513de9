package org.openmes.execution.service;

import java.time.Instant;
import org.openmes.execution.model.ChecklistStatus;

/**
 * A checklist a job must pass before it starts: the current template version of its line (or of equipment on
 * it), and how far the job is: filled in ({@code completionId}, null before), signed by whoever performed it, reviewed
 * where an item asks for it, answers out of blocking limits. {@code satisfied} says whether it lets the job start;
 * {@code missing} says what is still missing when not.
 */
public record JobChecklistDto(ChecklistTemplateDto template, Long completionId, ChecklistStatus status, Instant completedAt, String completedBy,
                              boolean signed, boolean reviewed, boolean blocksStart, boolean satisfied, String missing) {
}
