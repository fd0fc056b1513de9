package org.openmes.execution.service;

import java.math.BigDecimal;
import java.util.List;
import org.openmes.execution.model.ChecklistItemKind;
import org.openmes.execution.model.LimitViolation;

/** One item of a checklist being written: limits only for numbers, options only for a select. */
public record ChecklistItemDraft(ChecklistItemKind kind, String label, Boolean required, BigDecimal min, BigDecimal max, List<String> options,
                                 LimitViolation onViolation) {
}
