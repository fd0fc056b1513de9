package org.openmes.andon.model;

import org.openmes.common.shopfloor.AndonPriority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * One escalation level for calls of a priority, on one line or (no line) plant-wide: who is called at this level
 * ({@link Recipient}s: {@code role:SHIFT_MANAGER}, {@code user:maria}, {@code shift:current}, comma-separated), how long a call at this level may stay
 * unacknowledged, and how long an acknowledged one may stay unresolved, before it moves up to the next level. A
 * line's own rules for a priority replace the plant-wide ones for that priority.
 */
@Entity
@Table(name = "andon_escalation_rule")
public class EscalationRule extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "line_id", updatable = false)
    private Long lineId;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false, updatable = false, length = 10)
    private AndonPriority priority;

    @Column(name = "level", nullable = false, updatable = false)
    private int level;

    @Column(name = "acknowledge_timeout_seconds", nullable = false)
    private int acknowledgeTimeoutSeconds;

    @Column(name = "resolve_timeout_seconds", nullable = false)
    private int resolveTimeoutSeconds;

    @Column(name = "recipients", nullable = false, length = 1000)
    private String recipients;

    protected EscalationRule() {
    }

    public EscalationRule(Long lineId, AndonPriority priority, int level, int acknowledgeTimeoutSeconds, int resolveTimeoutSeconds,
                          List<String> recipients) {
        if (priority == null) {
            throw new InvalidInputException("priority", "The priority is required: LOW, MEDIUM, HIGH or CRITICAL");
        }
        if (level < 1 || level > 9) {
            throw new InvalidInputException("level", "A level is 1 to 9");
        }
        this.lineId = lineId;
        this.priority = priority;
        this.level = level;
        change(acknowledgeTimeoutSeconds, resolveTimeoutSeconds, recipients);
    }

    /** New timeouts and recipients for this level. */
    public final void change(int acknowledgeTimeoutSeconds, int resolveTimeoutSeconds, List<String> recipients) {
        if (acknowledgeTimeoutSeconds < 1) {
            throw new InvalidInputException("acknowledgeTimeoutSeconds", "The acknowledge timeout is at least 1 second");
        }
        if (resolveTimeoutSeconds < 1) {
            throw new InvalidInputException("resolveTimeoutSeconds", "The resolve timeout is at least 1 second");
        }
        if (recipients == null || recipients.isEmpty()) {
            throw new InvalidInputException("recipients", "At least one recipient: role:<ROLE>, user:<user name> or shift:<current or code>");
        }
        List<String> cleaned = recipients.stream().map(r -> Recipient.parse(r).toString()).toList();
        String joined = String.join(",", cleaned);
        if (joined.length() > 1000) {
            throw new InvalidInputException("recipients", "The recipients take at most 1000 characters");
        }
        this.acknowledgeTimeoutSeconds = acknowledgeTimeoutSeconds;
        this.resolveTimeoutSeconds = resolveTimeoutSeconds;
        this.recipients = joined;
        markRowChanged();
    }

    public Long getId() {
        return id;
    }

    public Long getLineId() {
        return lineId;
    }

    public AndonPriority getPriority() {
        return priority;
    }

    public int getLevel() {
        return level;
    }

    public int getAcknowledgeTimeoutSeconds() {
        return acknowledgeTimeoutSeconds;
    }

    public int getResolveTimeoutSeconds() {
        return resolveTimeoutSeconds;
    }

    public String getRecipients() {
        return recipients;
    }

    /** The recipients parsed. */
    public List<Recipient> recipientList() {
        return Recipient.parseAll(recipients);
    }
}
