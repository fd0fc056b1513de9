package org.openmes.execution.service;

import java.math.BigDecimal;
import java.util.List;
import org.openmes.execution.model.ChecklistItem;
import org.openmes.execution.model.ChecklistItemKind;
import org.openmes.execution.model.LimitViolation;

/** One item of a checklist version. */
public record ChecklistItemDto(long id, int position, ChecklistItemKind kind, String label, boolean required, BigDecimal min, BigDecimal max,
                               List<String> options, LimitViolation onViolation) {

    static ChecklistItemDto of(ChecklistItem item) {
        return new ChecklistItemDto(item.getId(), item.getPosition(), item.getKind(), item.getLabel(), item.isRequired(), item.getMinValue(),
                item.getMaxValue(), item.getOptions(), item.getOnViolation());
    }
}
