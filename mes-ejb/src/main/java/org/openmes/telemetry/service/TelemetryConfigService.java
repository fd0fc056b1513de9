package org.openmes.telemetry.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.Caller;
import org.openmes.plant.model.Equipment;
import org.openmes.plant.model.PlantNode;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;
import org.openmes.telemetry.model.EquipmentSignal;
import org.openmes.telemetry.model.PlcConnection;
import org.openmes.telemetry.model.PlcTag;
import org.openmes.telemetry.model.ScanClasses;
import org.openmes.telemetry.model.SignalMapping;

/**
 * Telemetry configuration: PLC connections, tags, signal mappings. Connection strings and tag addresses are
 * judged by the PLC4X drivers before anything is saved. Every change bumps the configuration revision (a database
 * trigger), which the connector polls: changes take effect without a restart. Updates carry the version edited
 * (409 when stale). Deleted connections and tags are retired, not removed: the samples refer to them.
 */
@Stateless
@RequiresPermission(Permission.TELEMETRY_VIEW)
public class TelemetryConfigService {
    private static final String CONNECTION = "PLC connection";
    private static final String TAG = "tag";
    private static final String MAPPING = "signal mapping";
    /** Limit of {@link #tagSamples}. */
    public static final int MAX_SAMPLES = 10_000;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public PlcConnectionDto createConnection(PlcConnectionDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a PLC connection is required");
        }
        ScanClasses scanClasses = new ScanClasses(draft.getScanClasses());
        PlcDrivers.checkConnectionString("connectionString", draft.getConnectionString());
        if (draft.getHeartbeatTag() != null && !draft.getHeartbeatTag().isBlank()) {
            throw new InvalidInputException("heartbeatTag", "a new PLC connection has no tags yet: add the tag "
                    + draft.getHeartbeatTag().trim() + ", then choose it as the heartbeat");
        }
        PlcConnection connection = new PlcConnection(draft.getCode(), draft.getName(), draft.getConnectionString(),
                !Boolean.FALSE.equals(draft.getEnabled()), scanClasses,
                draft.getRequestTimeoutMillis() == null ? 1000 : draft.getRequestTimeoutMillis(), draft.getHeartbeatTag());
        if (findConnection(connection.getCode()) != null) {
            throw new ConflictException("code", "a PLC connection " + connection.getCode() + " exists already");
        }
        em.persist(connection);
        flush("code", "a PLC connection " + connection.getCode() + " exists already");
        return toDto(connection);
    }

    public List<PlcConnectionDto> connections() {
        return em.createQuery("select c from PlcConnection c where c.retiredAt is null order by c.code", PlcConnection.class).getResultList()
                .stream().map(TelemetryConfigService::toDto).toList();
    }

    public PlcConnectionDto connection(String code) {
        return toDto(loadConnection(code));
    }

    /** Switches polling of a PLC on or off; the connector follows within its refresh period. */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public PlcConnectionDto setEnabled(String code, boolean enabled) {
        PlcConnection connection = loadConnection(code);
        connection.change(connection.getName(), connection.getConnectionString(), enabled, connection.getScanClasses(),
                connection.getRequestTimeoutMillis(), connection.getHeartbeatTag());
        em.flush();
        return toDto(connection);
    }

    /** Points a PLC connection at another address (a replaced PLC, a moved simulator), checked by the driver. */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public PlcConnectionDto changeConnectionString(String code, String connectionString) {
        PlcConnection connection = loadConnection(code);
        PlcDrivers.checkConnectionString("connectionString", connectionString);
        connection.change(connection.getName(), connectionString, connection.isEnabled(), connection.getScanClasses(),
                connection.getRequestTimeoutMillis(), connection.getHeartbeatTag());
        em.flush();
        return toDto(connection);
    }

    /**
     * Changes everything of a connection but its code; {@code draft.version} must be the stored one. The new
     * connection string must be one the driver parses and that driver must accept every tag's address; the new scan
     * classes must still hold every tag's; a heartbeat tag must be one of the connection's tags. The connector follows
     * within its refresh period.
     */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public PlcConnectionDto updateConnection(String code, PlcConnectionDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a PLC connection is required");
        }
        PlcConnection connection = loadConnection(code);
        requireVersion(CONNECTION, connection.getCode(), draft.getVersion(), connection.getVersion());
        if (draft.getCode() != null && !draft.getCode().trim().equalsIgnoreCase(connection.getCode())) {
            throw new InvalidInputException("code", "the code of a PLC connection cannot change");
        }
        ScanClasses scanClasses = new ScanClasses(draft.getScanClasses());
        PlcDrivers.checkConnectionString("connectionString", draft.getConnectionString());
        for (PlcTag tag : activeTags(connection)) {
            if (!scanClasses.contains(tag.getScanClass())) {
                throw new InvalidInputException("scanClasses", "tag " + tag.getName() + " is read in scan class '"
                        + tag.getScanClass() + "', which these scan classes lack");
            }
            try {
                PlcDrivers.checkAddress("connectionString", draft.getConnectionString(), tag.getAddress());
            } catch (InvalidInputException e) {
                throw new InvalidInputException("connectionString", "tag " + tag.getName() + ": " + e.getMessage());
            }
        }
        String heartbeat = draft.getHeartbeatTag() == null || draft.getHeartbeatTag().isBlank() ? null
                : draft.getHeartbeatTag().trim();
        if (heartbeat != null && activeTags(connection).stream().noneMatch(tag -> tag.getName().equals(heartbeat))) {
            throw new InvalidInputException("heartbeatTag", "PLC " + connection.getCode() + " has no tag " + heartbeat
                    + " to watch as its heartbeat");
        }
        connection.change(draft.getName(), draft.getConnectionString(), !Boolean.FALSE.equals(draft.getEnabled()),
                scanClasses, draft.getRequestTimeoutMillis() == null ? 1000 : draft.getRequestTimeoutMillis(),
                heartbeat);
        em.flush();
        return toDto(connection);
    }

    /**
     * Deletes a PLC connection: it and its tags are retired (no longer polled or listed, code and names free; the rows
     * stay for their samples). Refused with 409 while one of its tags delivers an equipment signal.
     */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public void deleteConnection(String code) {
        PlcConnection connection = loadConnection(code);
        List<PlcTag> tags = activeTags(connection);
        for (PlcTag tag : tags) {
            refuseMapped(tag, "tags");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        tags.forEach(tag -> tag.retire(now, Caller.name()));
        connection.retire(now);
        em.flush();
    }

    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public PlcTagDto addTag(String plcCode, PlcTagDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a tag is required");
        }
        PlcConnection connection = loadConnection(plcCode);
        PlcTag tag = new PlcTag(connection, draft.getName(), draft.getAddress(), draft.getDataType(),
                draft.getScale() == null ? 1 : draft.getScale(), draft.getOffset() == null ? 0 : draft.getOffset(),
                draft.getUnit(), draft.getDeadband() == null ? 0 : draft.getDeadband(), draft.getScanClass());
        tag.allowWrites(Boolean.TRUE.equals(draft.getWritable()));
        PlcDrivers.checkAddress("address", connection.getConnectionString(), tag.getAddress());
        boolean duplicate = !em.createQuery("select t.id from PlcTag t where t.connection = :connection and t.name = :name"
                + " and t.retiredAt is null",
                Long.class).setParameter("connection", connection).setParameter("name", tag.getName()).getResultList().isEmpty();
        if (duplicate) {
            throw new ConflictException("name", "PLC " + connection.getCode() + " has a tag " + tag.getName() + " already");
        }
        em.persist(tag);
        flush("name", "PLC " + connection.getCode() + " has a tag " + tag.getName() + " already");
        return toDto(tag);
    }

    public List<PlcTagDto> tags(String plcCode) {
        return tags(plcCode, false);
    }

    /**
     * The tags of a connection by name; with {@code includeRetired} also the deleted (retired) ones, each with when
     * and by whom; among tags of one name the active one first, then the retired ones, newest first.
     */
    public List<PlcTagDto> tags(String plcCode, boolean includeRetired) {
        PlcConnection connection = loadConnection(plcCode);
        List<PlcTag> tags = includeRetired
                ? em.createQuery("select t from PlcTag t where t.connection = :connection"
                        // a name's active tag is its newest: a name is free again only once its tag is retired
                        + " order by t.name, t.id desc", PlcTag.class)
                        .setParameter("connection", connection).getResultList()
                : activeTags(connection);
        return tags.stream().map(TelemetryConfigService::toDto).toList();
    }

    /**
     * The stored samples of a tag, active or retired (a deleted tag keeps its history), newest first: those sampled
     * at {@code from} or later and before {@code to} (either may be null: open), at most {@code limit}
     * (1..{@link #MAX_SAMPLES}).
     */
    public List<TagSampleDto> tagSamples(long tagId, OffsetDateTime from, OffsetDateTime to, int limit) {
        if (limit < 1 || limit > MAX_SAMPLES) {
            throw new InvalidInputException("limit", "must be 1.." + MAX_SAMPLES);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInputException("from", "must be before to");
        }
        if (em.find(PlcTag.class, tagId) == null) {
            throw new NotFoundException(TAG, tagId);
        }
        // the primary key (tag_id, sampled_at) of every partition serves this
        List<Object> parameters = new java.util.ArrayList<>(List.of(tagId));
        StringBuilder sql = new StringBuilder("select sampled_at, source_at, value, quality, reason from telemetry_sample"
                + " where tag_id = ?");
        if (from != null) {
            sql.append(" and sampled_at >= ?");
            parameters.add(from);
        }
        if (to != null) {
            sql.append(" and sampled_at < ?");
            parameters.add(to);
        }
        sql.append(" order by sampled_at desc limit ?");
        parameters.add(limit);
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new TagSampleDto(tagId, ((Timestamp) row[0]).toInstant().atOffset(ZoneOffset.UTC),
                ((Timestamp) row[1]).toInstant().atOffset(ZoneOffset.UTC), (BigDecimal) row[2], (String) row[3],
                (String) row[4])).toList();
    }

    public PlcTagDto tag(String plcCode, String name) {
        return toDto(loadTag(loadConnection(plcCode), name));
    }

    /**
     * Changes how a tag is read: address (judged by the connection's driver), data type, scale, offset, unit, deadband,
     * scan class, writable. The name is the tag's key and stays; {@code draft.version} must be the stored one.
     */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public PlcTagDto updateTag(String plcCode, String name, PlcTagDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a tag is required");
        }
        PlcConnection connection = loadConnection(plcCode);
        PlcTag tag = loadTag(connection, name);
        requireVersion(TAG, connection.getCode() + "/" + tag.getName(), draft.getVersion(), tag.getVersion());
        if (draft.getName() != null && !draft.getName().trim().equals(tag.getName())) {
            throw new InvalidInputException("name", "the name of a tag cannot change (its key); delete it and add another");
        }
        tag.change(draft.getAddress(), draft.getDataType(), draft.getScale() == null ? 1 : draft.getScale(),
                draft.getOffset() == null ? 0 : draft.getOffset(), draft.getUnit(),
                draft.getDeadband() == null ? 0 : draft.getDeadband(), draft.getScanClass());
        PlcDrivers.checkAddress("address", connection.getConnectionString(), tag.getAddress());
        for (SignalMapping mapping : mappingsOf(tag)) {
            SignalMapping.requireIntegerFaultWord(mapping.getSignal(), tag.getDataType(), "dataType");
        }
        tag.allowWrites(Boolean.TRUE.equals(draft.getWritable()));
        em.flush();
        return toDto(tag);
    }

    /**
     * Deletes a tag: it is retired (no longer read or listed, its name free; the row stays so that its samples and
     * events still say what they measured). Refused with 409 naming the mappings while it delivers an equipment signal,
     * and while it is its connection's heartbeat.
     */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public void deleteTag(String plcCode, String name) {
        PlcConnection connection = loadConnection(plcCode);
        PlcTag tag = loadTag(connection, name);
        refuseMapped(tag, "name");
        if (tag.getName().equals(connection.getHeartbeatTag())) {
            throw new ConflictException("name", "tag " + tag.getName() + " is the heartbeat of PLC " + connection.getCode()
                    + "; choose another heartbeat tag (or none) first");
        }
        tag.retire(OffsetDateTime.now(ZoneOffset.UTC), Caller.name());
        em.flush();
    }

    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public SignalMappingDto mapSignal(SignalMappingDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a signal mapping is required");
        }
        if (draft.getEquipmentId() == null) {
            throw new InvalidInputException("equipmentId", "is required");
        }
        if (draft.getTagId() == null) {
            throw new InvalidInputException("tagId", "is required");
        }
        PlantNode node = em.find(PlantNode.class, draft.getEquipmentId());
        if (!(node instanceof Equipment equipment)) {
            throw new InvalidInputException("equipmentId", node == null ? "no plant node " + draft.getEquipmentId()
                    : "plant node " + draft.getEquipmentId() + " is not equipment but " + node.getLevel());
        }
        SignalMapping mapping = new SignalMapping(equipment, draft.getSignal(), mappableTag(draft.getTagId()));
        boolean taken = !em.createQuery("select m.id from SignalMapping m where m.equipment = :equipment and m.signal = :signal",
                Long.class).setParameter("equipment", equipment).setParameter("signal", draft.getSignal()).getResultList().isEmpty();
        if (taken) {
            throw new ConflictException("signal", "equipment " + equipment.getId() + " has a " + draft.getSignal()
                    + " mapping already");
        }
        em.persist(mapping);
        flush("signal", "equipment " + equipment.getId() + " has a " + draft.getSignal() + " mapping already");
        return toDto(mapping);
    }

    /** The signal mappings, all or those of one PLC connection ({@code plcCode} not null), by equipment and signal. */
    public List<SignalMappingDto> mappings(String plcCode) {
        if (plcCode == null) {
            return em.createQuery("select m from SignalMapping m order by m.equipment.code, m.signal", SignalMapping.class)
                    .getResultList().stream().map(TelemetryConfigService::toDto).toList();
        }
        return em.createQuery("select m from SignalMapping m where m.tag.connection = :connection"
                        + " order by m.equipment.code, m.signal", SignalMapping.class)
                .setParameter("connection", loadConnection(plcCode)).getResultList().stream()
                .map(TelemetryConfigService::toDto).toList();
    }

    public SignalMappingDto mapping(long id) {
        return toDto(loadMapping(id));
    }

    /** Lets another tag deliver a mapped signal; equipment and signal stay, {@code draft.version} must be the stored one. */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public SignalMappingDto updateMapping(long id, SignalMappingDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a signal mapping is required");
        }
        SignalMapping mapping = loadMapping(id);
        requireVersion(MAPPING, id, draft.getVersion(), mapping.getVersion());
        if (draft.getEquipmentId() != null && !draft.getEquipmentId().equals(mapping.getEquipment().getId())) {
            throw new InvalidInputException("equipmentId", "the equipment of a mapping cannot change; delete it and map again");
        }
        if (draft.getSignal() != null && draft.getSignal() != mapping.getSignal()) {
            throw new InvalidInputException("signal", "the signal of a mapping cannot change; delete it and map again");
        }
        if (draft.getTagId() == null) {
            throw new InvalidInputException("tagId", "is required");
        }
        mapping.changeTag(mappableTag(draft.getTagId()));
        em.flush();
        return toDto(mapping);
    }

    /** Removes a mapping: the tag is still read, its values no longer count as the equipment's signal. */
    @RequiresPermission(Permission.TELEMETRY_CONFIGURE)
    public void deleteMapping(long id) {
        em.remove(loadMapping(id));
        em.flush();
    }

    /** The current signal values of a piece of equipment, as the ingest keeps them. */
    public List<CurrentValueDto> currentValues(long equipmentId) {
        if (em.find(PlantNode.class, equipmentId) == null) {
            throw new NotFoundException("plant node", equipmentId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select equipment_id, signal, tag_id, value, quality, reason, sampled_at"
                + " from telemetry_current_value where equipment_id = ? order by signal")
                .setParameter(1, equipmentId).getResultList();
        return rows.stream().map(row -> new CurrentValueDto(((Number) row[0]).longValue(),
                EquipmentSignal.valueOf((String) row[1]), row[2] == null ? null : ((Number) row[2]).longValue(), (BigDecimal) row[3],
                (String) row[4], (String) row[5], ((Timestamp) row[6]).toInstant().atOffset(ZoneOffset.UTC))).toList();
    }

    /** The newest edge events of a piece of equipment, newest first; {@code limit} 1..1000. */
    public List<EdgeEventDto> edgeEvents(long equipmentId, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidInputException("limit", "must be 1..1000");
        }
        if (em.find(PlantNode.class, equipmentId) == null) {
            throw new NotFoundException("plant node", equipmentId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select equipment_id, signal, occurred_at, kind, bit, old_value,"
                + " new_value, increment, reason from telemetry_edge_event where equipment_id = ?"
                + " order by occurred_at desc, signal, kind, bit limit ?")
                .setParameter(1, equipmentId).setParameter(2, limit).getResultList();
        return rows.stream().map(row -> new EdgeEventDto(((Number) row[0]).longValue(), EquipmentSignal.valueOf((String) row[1]),
                ((Timestamp) row[2]).toInstant().atOffset(ZoneOffset.UTC), (String) row[3],
                ((Number) row[4]).intValue() < 0 ? null : ((Number) row[4]).intValue(),
                (BigDecimal) row[5], (BigDecimal) row[6], (BigDecimal) row[7], (String) row[8])).toList();
    }

    private PlcConnection findConnection(String code) {
        return em.createQuery("select c from PlcConnection c where c.code = :code and c.retiredAt is null", PlcConnection.class)
                .setParameter("code", code == null ? null : code.trim().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
    }

    private PlcConnection loadConnection(String code) {
        PlcConnection connection = findConnection(code);
        if (connection == null) {
            throw new NotFoundException(CONNECTION, code);
        }
        return connection;
    }

    private List<PlcTag> activeTags(PlcConnection connection) {
        return em.createQuery("select t from PlcTag t where t.connection = :connection and t.retiredAt is null"
                + " order by t.name", PlcTag.class).setParameter("connection", connection).getResultList();
    }

    private PlcTag loadTag(PlcConnection connection, String name) {
        return em.createQuery("select t from PlcTag t where t.connection = :connection and t.name = :name"
                        + " and t.retiredAt is null", PlcTag.class)
                .setParameter("connection", connection).setParameter("name", name).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(TAG, connection.getCode() + "/" + name));
    }

    private PlcTag mappableTag(Long tagId) {
        if (tagId == null) {
            throw new InvalidInputException("tagId", "is required");
        }
        PlcTag tag = em.find(PlcTag.class, tagId);
        if (tag == null || tag.getRetiredAt() != null) {
            throw new InvalidInputException("tagId", tag == null ? "no tag " + tagId : "tag " + tagId + " is deleted");
        }
        return tag;
    }

    private SignalMapping loadMapping(long id) {
        SignalMapping mapping = em.find(SignalMapping.class, id);
        if (mapping == null) {
            throw new NotFoundException(MAPPING, id);
        }
        return mapping;
    }

    private List<SignalMapping> mappingsOf(PlcTag tag) {
        return em.createQuery("select m from SignalMapping m where m.tag = :tag order by m.id", SignalMapping.class)
                .setParameter("tag", tag).getResultList();
    }

    /** A tag that delivers an equipment signal stays until its mappings are deleted: 409 naming them. */
    private void refuseMapped(PlcTag tag, String field) {
        List<SignalMapping> mappings = mappingsOf(tag);
        if (!mappings.isEmpty()) {
            throw new ConflictException(field, "tag " + tag.getName() + " delivers " + mappings.stream()
                    .map(m -> m.getSignal() + " of " + m.getEquipment().getCode().value() + " (mapping " + m.getId() + ")")
                    .collect(Collectors.joining(", ")) + "; delete those mappings first");
        }
    }

    /** The version a client edited must be the stored one: 400 without it, 409 when someone saved in between. */
    private static void requireVersion(String recordType, Object id, Long edited, long stored) {
        if (edited == null) {
            throw new InvalidInputException("version", "send the version you edited, as \"version\" in the body or as If-Match");
        }
        if (edited != stored) {
            throw new StaleVersionException(recordType, id, edited, stored);
        }
    }

    /** Flushes so that a unique key lost to a concurrent insert is refused as a conflict, not a 500. */
    private void flush(String field, String conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new ConflictException(field, conflict);
            }
            throw e;
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static PlcConnectionDto toDto(PlcConnection connection) {
        PlcConnectionDto dto = new PlcConnectionDto();
        dto.setId(connection.getId());
        dto.setCode(connection.getCode());
        dto.setName(connection.getName());
        dto.setConnectionString(connection.getConnectionString());
        dto.setEnabled(connection.isEnabled());
        dto.setScanClasses(connection.getScanClasses().text());
        dto.setRequestTimeoutMillis(connection.getRequestTimeoutMillis());
        dto.setHeartbeatTag(connection.getHeartbeatTag());
        dto.setVersion(connection.getVersion());
        return dto;
    }

    static PlcTagDto toDto(PlcTag tag) {
        PlcTagDto dto = new PlcTagDto();
        dto.setId(tag.getId());
        dto.setPlcCode(tag.getConnection().getCode());
        dto.setName(tag.getName());
        dto.setAddress(tag.getAddress());
        dto.setDataType(tag.getDataType());
        dto.setScale(tag.getScale());
        dto.setOffset(tag.getValueOffset());
        dto.setUnit(tag.getUnit());
        dto.setDeadband(tag.getDeadband());
        dto.setScanClass(tag.getScanClass());
        dto.setWritable(tag.isWritable());
        dto.setRetiredAt(tag.getRetiredAt());
        dto.setRetiredBy(tag.getRetiredBy());
        dto.setVersion(tag.getVersion());
        return dto;
    }

    static SignalMappingDto toDto(SignalMapping mapping) {
        SignalMappingDto dto = new SignalMappingDto();
        dto.setId(mapping.getId());
        dto.setEquipmentId(mapping.getEquipment().getId());
        dto.setSignal(mapping.getSignal());
        dto.setTagId(mapping.getTag().getId());
        dto.setEquipmentCode(mapping.getEquipment().getCode().value());
        dto.setPlcCode(mapping.getTag().getConnection().getCode());
        dto.setTagName(mapping.getTag().getName());
        dto.setVersion(mapping.getVersion());
        return dto;
    }
}
