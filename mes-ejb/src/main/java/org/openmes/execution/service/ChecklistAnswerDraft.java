package org.openmes.execution.service;

import java.math.BigDecimal;

/**
 * The answer to one item ({@code itemId}): {@code checked} for a checkbox, {@code text} for a text or the chosen
 * option of a select, {@code number} for a number, a photo as {@code photoBase64} with its {@code photoContentType}
 * (JPEG, PNG or WebP).
 */
public record ChecklistAnswerDraft(Long itemId, Boolean checked, String text, BigDecimal number, String photoBase64, String photoContentType) {
}
