package org.openmes.audit.service;

import jakarta.enterprise.context.RequestScoped;
import org.openmes.common.CorrelationId;
import org.openmes.common.InvalidInputException;

/**
 * What the audit trail records about the request behind a change: its correlation id and, when given, the
 * reason for the change. The REST layer fills both from the request ({@code X-Correlation-Id},
 * {@code X-Change-Reason}); a service may state a reason itself before it changes records. A request that
 * sets no correlation id (a page, the start-up) gets one on first use, the same for all its entries.
 */
@RequestScoped
public class AuditContext {
    public static final int MAX_REASON_LENGTH = 500;

    private String correlationId;
    private String reason;

    /** Called by an adapter first thing in a request. */
    public void begin(String requestCorrelationId, String requestReason) {
        this.correlationId = requestCorrelationId;
        setReason(requestReason);
    }

    /** Why the records of this request change; blank means no reason. */
    public void setReason(String newReason) {
        if (newReason == null || newReason.isBlank()) {
            reason = null;
            return;
        }
        String stripped = newReason.strip();
        if (stripped.length() > MAX_REASON_LENGTH) {
            throw new InvalidInputException("reason", "must be at most " + MAX_REASON_LENGTH + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("reason", "must be one line of text without control characters");
        }
        reason = stripped;
    }

    public String correlationId() {
        if (correlationId == null) {
            correlationId = CorrelationId.random();
        }
        return correlationId;
    }

    public String reason() {
        return reason;
    }
}
