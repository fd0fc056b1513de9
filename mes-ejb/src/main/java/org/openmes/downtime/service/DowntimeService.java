package org.openmes.downtime.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.audit.model.RecordShape;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.Caller;
import org.openmes.downtime.events.DowntimeChanged;
import org.openmes.downtime.model.DowntimeConfirmation;
import org.openmes.downtime.model.DowntimeEvent;
import org.openmes.downtime.model.DowntimeReason;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.model.PlantNode;
import org.openmes.plant.service.PlantQueries;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;
import org.openmes.shift.model.Interval;
import org.openmes.shift.service.Windows;
import org.openmes.signature.model.ContentHash;
import org.openmes.signature.model.ElectronicSignature;
import org.openmes.signature.model.RecordReference;
import org.openmes.signature.model.SignatureMeaning;
import org.openmes.signature.service.SignableRecords;

/**
 * Downtime events and the reason tree. Every change of an event's span or reason fires {@link DowntimeChanged} in the
 * same transaction, so OEE's minute records follow. A confirmation is a manager's APPROVED signature of the event:
 * the event counts as confirmed while that signature holds for the event's content.
 */
@Stateless
@RequiresPermission(Permission.DOWNTIME_VIEW)
public class DowntimeService {
    static final String RECORD_TYPE = RecordShape.of(DowntimeEvent.class).entityType();
    /** A line's list answers at most this many events; a narrower window finds the rest. */
    static final int MAX_LINE_EVENTS = 1000;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private Event<DowntimeChanged> changes;

    @Inject
    private SignableRecords signableRecords;

    @Inject
    @ConfigProperty(name = "mes.downtime.minor-stop-threshold", defaultValue = "PT10S")
    private Duration minorStopThreshold;

    public List<DowntimeReasonDto> reasons() {
        return em.createQuery("select r from DowntimeReason r left join r.parent p order by r.category, p.code, r.code",
                DowntimeReason.class).getResultList().stream().map(DowntimeService::toDto).toList();
    }

    @RequiresPermission(Permission.PLANT_EDIT)
    public DowntimeReasonDto createReason(DowntimeReasonDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a reason is required");
        }
        DowntimeReason parent = null;
        if (draft.parentId() != null) {
            parent = em.find(DowntimeReason.class, draft.parentId());
            if (parent == null) {
                throw new InvalidInputException("parentId", "no reason " + draft.parentId());
            }
        }
        DowntimeReason reason = new DowntimeReason(parent, draft.code(), draft.name(), draft.category());
        if (!em.createQuery("select r.id from DowntimeReason r where r.code = :code", Long.class)
                .setParameter("code", reason.getCode()).getResultList().isEmpty()) {
            throw new ConflictException("code", "a reason " + reason.getCode() + " exists already");
        }
        if (Boolean.FALSE.equals(draft.active())) {
            reason.setActive(false);
        }
        em.persist(reason);
        em.flush();
        return toDto(reason);
    }

    /** Renames a reason or switches it (in)active; code, parent and category stay. */
    @RequiresPermission(Permission.PLANT_EDIT)
    public DowntimeReasonDto updateReason(Long id, DowntimeReasonDto change) {
        if (change == null) {
            throw new InvalidInputException(null, "a reason is required");
        }
        DowntimeReason reason = id == null ? null : em.find(DowntimeReason.class, id);
        if (reason == null) {
            throw new NotFoundException("downtime reason", id);
        }
        if (change.version() == null) {
            throw new InvalidInputException("version", "is required");
        }
        if (change.version() != reason.getVersion()) {
            throw new StaleVersionException("downtime reason", id, change.version(), reason.getVersion());
        }
        reason.rename(change.name());
        if (change.active() != null) {
            reason.setActive(change.active());
        }
        em.flush();
        return toDto(reason);
    }

    /** The events of a piece of equipment overlapping [from, to), oldest first; minor stops only when asked for. */
    public List<DowntimeEventDto> events(Long equipmentId, Instant from, Instant to, boolean withMinorStops) {
        if (equipmentId == null) {
            throw new InvalidInputException("equipmentId", "is required");
        }
        Interval window = Windows.of(from, to);
        if (em.find(PlantNode.class, equipmentId) == null) {
            throw new NotFoundException("plant node", equipmentId);
        }
        return em.createQuery("select e from DowntimeEvent e where e.equipment.id = :equipment and e.startedAt < :to"
                        + " and (e.endedAt is null or e.endedAt > :from)" + (withMinorStops ? "" : " and e.minorStop = false")
                        + " order by e.startedAt", DowntimeEvent.class)
                .setParameter("equipment", equipmentId).setParameter("from", window.start().atOffset(ZoneOffset.UTC))
                .setParameter("to", window.end().atOffset(ZoneOffset.UTC))
                .getResultList().stream().map(this::toDto).toList();
    }

    /**
     * The events of every piece of equipment of production line {@code lineId} overlapping [from, to), oldest first,
     * without minor stops, with the code of every node of the line (the line, its work centers and equipment) by id.
     */
    public LineDowntimeDto lineEvents(Long lineId, Instant from, Instant to) {
        if (lineId == null) {
            throw new InvalidInputException("lineId", "is required");
        }
        Interval window = Windows.of(from, to);
        PlantNode line = em.find(PlantNode.class, lineId);
        if (line == null || line.getLevel() != PlantLevel.PRODUCTION_LINE) {
            throw new InvalidInputException("lineId", "no production line " + lineId);
        }
        List<Long> nodes = PlantQueries.subtreeIds(em, lineId);
        List<DowntimeEventDto> events = em.createQuery("select e from DowntimeEvent e where e.equipment.id in :nodes"
                        + " and e.startedAt < :to and (e.endedAt is null or e.endedAt > :from) and e.minorStop = false"
                        + " order by e.startedAt, e.id", DowntimeEvent.class)
                .setParameter("nodes", nodes).setParameter("from", window.start().atOffset(ZoneOffset.UTC))
                .setParameter("to", window.end().atOffset(ZoneOffset.UTC)).setMaxResults(MAX_LINE_EVENTS)
                .getResultList().stream().map(this::toDto).toList();
        return new LineDowntimeDto(lineId, PlantQueries.codes(em, nodes), events);
    }

    public DowntimeEventDto event(Long id) {
        return toDto(load(id));
    }

    @RequiresPermission(Permission.DOWNTIME_RECORD)
    public DowntimeEventDto record(ManualDowntimeDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a downtime event is required");
        }
        if (draft.equipmentId() == null) {
            throw new InvalidInputException("equipmentId", "is required");
        }
        PlantNode equipment = em.find(PlantNode.class, draft.equipmentId());
        if (equipment == null) {
            throw new InvalidInputException("equipmentId", "no plant node " + draft.equipmentId());
        }
        DowntimeEvent event = DowntimeEvent.entered(equipment, draft.startedAt(), draft.endedAt(), reason(draft.reasonId()),
                draft.comment());
        OffsetDateTime end = event.getEndedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC).plusYears(100) : event.getEndedAt();
        boolean overlaps = !em.createQuery("select e.id from DowntimeEvent e where e.equipment = :equipment and e.minorStop = false"
                        + " and e.startedAt < :end and (e.endedAt is null or e.endedAt > :start)", Long.class)
                .setParameter("equipment", equipment).setParameter("start", event.getStartedAt()).setParameter("end", end)
                .getResultList().isEmpty();
        if (overlaps) {
            throw new ConflictException("startedAt", "equipment " + equipment.getCode() + " has downtime in that span already");
        }
        em.persist(event);
        em.flush();
        changed(event);
        return toDto(event);
    }

    /** Ends a stop under way that was entered by hand. */
    @RequiresPermission(Permission.DOWNTIME_RECORD)
    public DowntimeEventDto end(Long id, OffsetDateTime endedAt, Long version) {
        DowntimeEvent event = edit(id, version);
        if (endedAt == null) {
            throw new InvalidInputException("endedAt", "is required");
        }
        if (!event.getStartedAt().isBefore(endedAt)) {
            throw new InvalidInputException("endedAt", "must be after the event's start");
        }
        event.close(endedAt, minorStopThreshold);
        em.flush();
        changed(event);
        return toDto(event);
    }

    @RequiresPermission(Permission.DOWNTIME_RECORD)
    public DowntimeEventDto assignReason(Long id, Long reasonId, String comment, Long version) {
        DowntimeEvent event = edit(id, version);
        event.assignReason(reason(reasonId));
        if (comment != null) {
            event.describe(comment);
        }
        em.flush();
        changed(event);
        return toDto(event);
    }

    /** Splits an event at {@code at}; answers both parts, earlier first. */
    @RequiresPermission(Permission.DOWNTIME_RECORD)
    public List<DowntimeEventDto> split(Long id, OffsetDateTime at, Long version) {
        DowntimeEvent event = edit(id, version);
        DowntimeEvent second = event.splitAt(at);
        em.flush();
        em.persist(second);
        em.flush();
        changed(event);
        changed(second);
        return List.of(toDto(event), toDto(second));
    }

    /** Merges event {@code id} with {@code nextId}, which starts where it ends; the later one is removed. */
    @RequiresPermission(Permission.DOWNTIME_RECORD)
    public DowntimeEventDto merge(Long id, Long nextId, Long version) {
        DowntimeEvent event = edit(id, version);
        if (nextId == null) {
            throw new InvalidInputException("nextId", "is required");
        }
        DowntimeEvent next = em.find(DowntimeEvent.class, nextId);
        if (next == null) {
            throw new InvalidInputException("nextId", "no downtime event " + nextId);
        }
        event.absorb(next);
        em.createQuery("delete from DowntimeConfirmation c where c.event = :event").setParameter("event", next).executeUpdate();
        em.remove(next);
        em.flush();
        changed(event);
        return toDto(event);
    }

    /**
     * Confirms an event with signature {@code signatureId}: the caller's own APPROVED signature of the event as it is
     * now (made with the signature service before).
     */
    @RequiresPermission(Permission.DOWNTIME_CONFIRM)
    public DowntimeEventDto confirm(Long id, Long signatureId) {
        DowntimeEvent event = load(id);
        if (event.isMinorStop()) {
            throw new ConflictException("id", "a minor stop is not a downtime event and is not confirmed");
        }
        if (event.isOpen()) {
            throw new ConflictException("id", "downtime event " + id + " is still under way; confirm it when it has ended");
        }
        if (signatureId == null) {
            throw new InvalidInputException("signatureId", "is required: sign the event (meaning APPROVED) first");
        }
        ElectronicSignature signature = em.find(ElectronicSignature.class, signatureId);
        RecordReference record = new RecordReference(RECORD_TYPE, String.valueOf(id));
        if (signature == null || !signature.getRecord().equals(record)) {
            throw new InvalidInputException("signatureId", "no signature " + signatureId + " of downtime event " + id);
        }
        if (signature.getMeaning() != SignatureMeaning.APPROVED) {
            throw new InvalidInputException("signatureId", "the signature means " + signature.getMeaning().label()
                    + "; a confirmation needs Approved");
        }
        String caller = Caller.name();
        if (!signature.getSigner().equals(caller)) {
            throw new InvalidInputException("signatureId", "the signature is " + signature.getSigner() + "'s, not " + caller + "'s");
        }
        if (!signature.holdsFor(signableRecords.currentContent(em, record))) {
            throw new ConflictException("signatureId", "the event changed after it was signed; sign it again");
        }
        em.persist(new DowntimeConfirmation(event, signatureId, caller, OffsetDateTime.now(ZoneOffset.UTC)));
        em.flush();
        return toDto(event);
    }

    private DowntimeEvent edit(Long id, Long version) {
        DowntimeEvent event = load(id);
        if (version == null) {
            throw new InvalidInputException("version", "is required");
        }
        if (version != event.getVersion()) {
            throw new StaleVersionException("downtime event", id, version, event.getVersion());
        }
        return event;
    }

    private DowntimeEvent load(Long id) {
        if (id == null) {
            throw new InvalidInputException("id", "is required");
        }
        DowntimeEvent event = em.find(DowntimeEvent.class, id);
        if (event == null) {
            throw new NotFoundException("downtime event", id);
        }
        return event;
    }

    private DowntimeReason reason(Long reasonId) {
        if (reasonId == null) {
            throw new InvalidInputException("reasonId", "is required");
        }
        DowntimeReason reason = em.find(DowntimeReason.class, reasonId);
        if (reason == null) {
            throw new InvalidInputException("reasonId", "no reason " + reasonId);
        }
        return reason;
    }

    private void changed(DowntimeEvent event) {
        changes.fire(new DowntimeChanged(event.getEquipment().getId(), event.getStartedAt().toInstant(),
                event.getEndedAt() == null ? null : event.getEndedAt().toInstant()));
    }

    private DowntimeEventDto toDto(DowntimeEvent event) {
        DowntimeConfirmation confirmation = confirmationThatHolds(event);
        DowntimeReason reason = event.getReason();
        return new DowntimeEventDto(event.getId(), event.getEquipment().getId(), event.getStartedAt(), event.getEndedAt(),
                event.getSource(), event.isMinorStop(), event.getCategory(), reason == null ? null : reason.getId(),
                reason == null ? null : reason.getCode(), reason == null ? null : reason.getName(), event.getMachineState(),
                event.getFaultBit(), event.getFaultCode(), event.getFaultText(), event.getComment(), confirmation != null,
                confirmation == null ? null : confirmation.getConfirmedBy(), event.getVersion());
    }

    private DowntimeConfirmation confirmationThatHolds(DowntimeEvent event) {
        List<DowntimeConfirmation> confirmations = em.createQuery("select c from DowntimeConfirmation c where c.event = :event"
                + " order by c.confirmedAt desc", DowntimeConfirmation.class).setParameter("event", event).getResultList();
        if (confirmations.isEmpty()) {
            return null;
        }
        ContentHash content = signableRecords.currentContent(em, new RecordReference(RECORD_TYPE, String.valueOf(event.getId())));
        for (DowntimeConfirmation confirmation : confirmations) {
            ElectronicSignature signature = em.find(ElectronicSignature.class, confirmation.getSignatureId());
            if (signature != null && signature.holdsFor(content)) {
                return confirmation;
            }
        }
        return null;
    }

    private static DowntimeReasonDto toDto(DowntimeReason reason) {
        return new DowntimeReasonDto(reason.getId(), reason.getParent() == null ? null : reason.getParent().getId(),
                reason.getCode(), reason.getName(), reason.getCategory(), reason.isActive(), reason.getVersion());
    }
}
