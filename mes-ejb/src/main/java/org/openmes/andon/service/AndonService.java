package org.openmes.andon.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.andon.model.AndonCall;
import org.openmes.andon.model.AndonCallEvent;
import org.openmes.andon.model.AndonEventKind;
import org.openmes.andon.model.AndonKind;
import org.openmes.andon.model.AndonNotification;
import org.openmes.common.shopfloor.AndonPriority;
import org.openmes.andon.model.AndonSource;
import org.openmes.andon.model.AndonStatus;
import org.openmes.andon.model.EscalationRule;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.persistence.Caller;
import org.openmes.common.persistence.SqlStates;
import org.openmes.kiosk.model.Kiosk;
import org.openmes.kiosk.service.KioskPlaces;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;
import org.openmes.plant.service.PlantQueries;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Andon calls through their lifecycle, their history, and the escalation rules. Reading calls needs
 * {@code job.view} (everyone on the floor has it); raising {@code andon.raise}; acknowledging, resolving, escalating
 * by hand and changing the rules {@code andon.resolve}.
 */
@Stateless
@RequiresPermission(Permission.JOB_VIEW)
public class AndonService {
    /** A list answers at most this many calls. */
    static final int MAX_CALLS = 500;

    @PersistenceContext(unitName = "mes")
    private EntityManager entityManager;

    @Inject
    private Escalations escalations;

    /** Raises a call on a line (optionally naming the equipment on it); level 1 is called at once. */
    @RequiresPermission(Permission.ANDON_RAISE)
    public AndonCallDto raise(AndonRaise raise) {
        if (raise == null) {
            throw new InvalidInputException(null, "A call is required");
        }
        PlantNode line = raise.lineId() == null ? null : entityManager.find(PlantNode.class, raise.lineId());
        if (line == null || line.getLevel() != PlantLevel.PRODUCTION_LINE) {
            throw new InvalidInputException("lineId", "No production line with id " + raise.lineId());
        }
        if (raise.equipmentId() != null && !PlantQueries.subtreeIds(entityManager, line.getId()).contains(raise.equipmentId())) {
            throw new InvalidInputException("equipmentId", "Equipment " + raise.equipmentId() + " is not on line " + line.getCode().value());
        }
        AndonCall call = new AndonCall(line.getId(), raise.equipmentId(), raise.kind(), raise.priority(), AndonSource.OPERATOR,
                raise.description(), null, Caller.name(), Instant.now());
        return toDto(AndonCalls.open(entityManager, escalations, call));
    }

    /**
     * Raises a call from a kiosk button: on the production line the kiosk stands at (its place, or the line above
     * it), at the kind's default priority.
     */
    @RequiresPermission(Permission.ANDON_RAISE)
    public AndonCallDto raiseAtKiosk(AndonKind kind) {
        Kiosk kiosk = KioskPlaces.kioskOfCaller(entityManager)
                .orElseThrow(() -> new InvalidInputException("kind", "Andon buttons work at a kiosk only"));
        PlantNode node = KioskPlaces.lineOf(entityManager, kiosk).orElseThrow(() -> new InvalidInputException("kind",
                "Kiosk " + kiosk.getCode() + " is not placed on a production line; ask to place it"));
        return raise(new AndonRaise(node.getId(), null, kind, null, "Raised at kiosk " + kiosk.getCode()));
    }

    @RequiresPermission(Permission.ANDON_RESOLVE)
    public AndonCallDto acknowledge(long id) {
        AndonCall call = lockedCall(id);
        Instant now = Instant.now();
        call.acknowledge(Caller.name(), now);
        escalations.record(call, AndonEventKind.ACKNOWLEDGED, Caller.name(), now, null);
        escalations.planNext(call, now);
        return toDto(call);
    }

    @RequiresPermission(Permission.ANDON_RESOLVE)
    public AndonCallDto resolve(long id, String notes) {
        AndonCall call = lockedCall(id);
        Instant now = Instant.now();
        call.resolve(notes, Caller.name(), now);
        escalations.record(call, AndonEventKind.RESOLVED, Caller.name(), now, call.getResolutionNotes());
        return toDto(call);
    }

    /** Moves the call up a level by hand, with an optional note. */
    @RequiresPermission(Permission.ANDON_RESOLVE)
    public AndonCallDto escalate(long id, String note) {
        AndonCall call = lockedCall(id);
        if (call.getStatus() == AndonStatus.RESOLVED) {
            throw new ConflictException("status", "Andon call " + id + " is resolved; a resolved call cannot be escalated");
        }
        if (note != null && note.strip().length() > 2000) {
            throw new InvalidInputException("note", "A note has at most 2000 characters");
        }
        escalations.escalate(call, Caller.name(), Instant.now(), note == null || note.isBlank() ? "Escalated by hand" : note.strip());
        return toDto(call);
    }

    public AndonCallDto call(long id) {
        return toDto(findCall(id));
    }

    /** The call's history, oldest first. */
    public List<AndonEventDto> history(long id) {
        findCall(id);
        return entityManager.createQuery("select e from AndonCallEvent e where e.callId = :call order by e.id", AndonCallEvent.class)
                .setParameter("call", id).getResultStream().map(AndonEventDto::of).toList();
    }

    /** The messages sent, failed or waiting about the call (e-mail, SMS), by level, recipient and channel. */
    public List<AndonNotificationDto> notifications(long id) {
        findCall(id);
        return entityManager.createQuery("select n from AndonNotification n where n.callId = :call"
                        + " order by n.level, n.recipient, n.channel", AndonNotification.class)
                .setParameter("call", id).getResultStream().map(AndonNotificationDto::of).toList();
    }

    /** Calls of one line or all, only the unresolved ones or all; most urgent and oldest first. */
    public List<AndonCallDto> calls(Long lineId, boolean openOnly) {
        StringBuilder jpql = new StringBuilder("select c from AndonCall c where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (lineId != null) {
            jpql.append(" and c.lineId = :line");
            parameters.put("line", lineId);
        }
        if (openOnly) {
            jpql.append(" and c.status <> :resolved");
            parameters.put("resolved", AndonStatus.RESOLVED);
        }
        TypedQuery<AndonCall> query = entityManager.createQuery(jpql.append(" order by c.raisedAt desc, c.id desc").toString(), AndonCall.class);
        parameters.forEach(query::setParameter);
        List<AndonCall> calls = query.setMaxResults(MAX_CALLS).getResultList();
        Map<Long, String> codes = PlantQueries.codes(entityManager, calls.stream().map(AndonCall::getLineId).distinct().toList());
        return calls.stream().sorted(Comparator.comparing((AndonCall c) -> c.getPriority()).reversed()
                        .thenComparing(AndonCall::getRaisedAt))
                .map(c -> AndonCallDto.of(c, codes.get(c.getLineId()), escalations.recipients(c))).toList();
    }

    /** The escalation rules of a line's own (lineId) or the plant-wide ones (null), by priority and level. */
    public List<EscalationRuleDto> rules(Long lineId) {
        TypedQuery<EscalationRule> query = lineId == null
                ? entityManager.createQuery("select r from EscalationRule r where r.lineId is null order by r.priority, r.level", EscalationRule.class)
                : entityManager.createQuery("select r from EscalationRule r where r.lineId = :line order by r.priority, r.level", EscalationRule.class)
                        .setParameter("line", lineId);
        return query.getResultStream().map(EscalationRuleDto::of).toList();
    }

    /**
     * Sets the escalation levels for calls of one priority on one line ({@code lineId}) or plant-wide (null): the
     * given levels replace the ones there were for that priority and place. Calls already planned keep their timers.
     */
    @RequiresPermission(Permission.ANDON_RESOLVE)
    public List<EscalationRuleDto> defineRules(Long lineId, AndonPriority priority, List<EscalationRuleDto> levels) {
        if (lineId != null) {
            PlantNode line = entityManager.find(PlantNode.class, lineId);
            if (line == null || line.getLevel() != PlantLevel.PRODUCTION_LINE) {
                throw new InvalidInputException("lineId", "No production line with id " + lineId);
            }
        }
        if (priority == null) {
            throw new InvalidInputException("priority", "The priority is required: LOW, MEDIUM, HIGH or CRITICAL");
        }
        if (levels == null || levels.isEmpty()) {
            throw new InvalidInputException("levels", "At least one level is required");
        }
        List<EscalationRule> existing = lineId == null
                ? entityManager.createQuery("select r from EscalationRule r where r.lineId is null and r.priority = :p", EscalationRule.class)
                        .setParameter("p", priority).getResultList()
                : entityManager.createQuery("select r from EscalationRule r where r.lineId = :line and r.priority = :p", EscalationRule.class)
                        .setParameter("line", lineId).setParameter("p", priority).getResultList();
        existing.forEach(entityManager::remove);
        entityManager.flush();
        for (EscalationRuleDto level : levels) {
            if (level == null || level.level() == null || level.acknowledgeTimeoutSeconds() == null || level.resolveTimeoutSeconds() == null) {
                throw new InvalidInputException("levels", "Every level names its level, acknowledgeTimeoutSeconds and resolveTimeoutSeconds");
            }
            entityManager.persist(new EscalationRule(lineId, priority, level.level(), level.acknowledgeTimeoutSeconds(),
                    level.resolveTimeoutSeconds(), level.recipients()));
        }
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
                throw new ConflictException("levels", "A level is given twice");
            }
            throw e;
        }
        return rules(lineId).stream().filter(r -> r.priority() == priority).toList();
    }

    private AndonCall lockedCall(long id) {
        AndonCall call = entityManager.find(AndonCall.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (call == null) {
            throw new NotFoundException("AndonCall", id);
        }
        return call;
    }

    private AndonCall findCall(long id) {
        AndonCall call = entityManager.find(AndonCall.class, id);
        if (call == null) {
            throw new NotFoundException("AndonCall", id);
        }
        return call;
    }

    private AndonCallDto toDto(AndonCall call) {
        return AndonCallDto.of(call, PlantQueries.codes(entityManager, List.of(call.getLineId())).get(call.getLineId()), escalations.recipients(call));
    }
}
