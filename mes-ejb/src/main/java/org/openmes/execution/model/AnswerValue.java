package org.openmes.execution.model;

import java.math.BigDecimal;

/**
 * What was answered to one item: a tick, a text (also the chosen option of a select), a number, or a photo (by
 * its SHA-256 and content type; the bytes are stored by the service). Whatever the item's kind does not use is null.
 */
public record AnswerValue(Boolean checked, String text, BigDecimal number, String photoSha256, String photoContentType) {
    public static final AnswerValue NONE = new AnswerValue(null, null, null, null, null);
}
