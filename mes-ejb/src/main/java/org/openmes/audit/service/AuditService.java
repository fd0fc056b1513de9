package org.openmes.audit.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.openmes.audit.model.Actor;
import org.openmes.audit.model.ActorKind;
import org.openmes.audit.model.AuditAction;
import org.openmes.audit.model.AuditEntry;
import org.openmes.audit.model.CanonicalJson;
import org.openmes.audit.model.ChainVerification;
import org.openmes.audit.model.FieldChange;
import org.openmes.audit.model.RecordChange;
import org.openmes.audit.model.RecordShape;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.common.persistence.AuditedEntity;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Reading the audit trail: searching it (newest first) and verifying its hash chain. Entries are plain rows
 * read with SQL: they are never changed, so there is nothing for a persistence context to track.
 * <p>
 * Every method needs {@code audit.read}.
 */
@Stateless
@RequiresPermission(Permission.AUDIT_READ)
public class AuditService {
    private static final String RECORD_TYPE = "audit entry";
    private static final String COLUMNS = "select id, occurred_at, actor, actor_kind, kiosk, action, entity_type,"
            + " entity_id, changes::text, reason, correlation_id, previous_hash, hash from audit_entry";
    /** Rows the verification fetches at a time, so that a long trail is streamed rather than held. */
    private static final int VERIFICATION_FETCH_SIZE = 1000;

    @Resource(lookup = "jdbc/mes")
    DataSource dataSource;

    @PersistenceContext(unitName = "mes")
    EntityManager em;

    /** A page of the entries matching {@code filter}, newest first. */
    public Page<AuditEntryDto> find(AuditEntryFilter filter, PageRequest page) {
        AuditEntryFilter criteria = filter != null ? filter : AuditEntryFilter.ALL;
        PageRequest request = page != null ? page : new PageRequest(0, PageRequest.DEFAULT_SIZE, null, true);
        if (request.sortProperty() != null) {
            throw new InvalidInputException("sort", "the audit trail is listed newest first only");
        }
        Where where = Where.of(criteria);
        List<AuditEntryDto> items = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(COLUMNS + where.sql + " order by id desc limit ? offset ?")) {
            int next = where.bind(select);
            select.setInt(next, request.size());
            select.setInt(next + 1, request.offset());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(toDto(readable(rows)));
                }
            }
            long total = request.offset() == 0 && items.size() < request.size()
                    ? items.size() // the first page holds everything: no need to count
                    : count(connection, where);
            return new Page<>(items, request.page(), request.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Searching the audit trail failed", e);
        }
    }

    /** How many entries match {@code filter}. */
    public long count(AuditEntryFilter filter) {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, Where.of(filter != null ? filter : AuditEntryFilter.ALL));
        } catch (SQLException e) {
            throw new IllegalStateException("Counting audit trail entries failed", e);
        }
    }

    public AuditEntryDto get(long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(COLUMNS + " where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException(RECORD_TYPE, id);
                }
                return toDto(readable(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading audit entry " + id + " failed", e);
        }
    }

    /**
     * Recomputes the chain from the oldest entry to the newest and reports the first entry that is not as it
     * was appended. Reads one consistent snapshot of the trail, streamed.
     */
    public ChainVerificationDto verify() {
        ChainVerification verification = new ChainVerification();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(COLUMNS + " order by id")) {
            select.setFetchSize(VERIFICATION_FETCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                boolean intact = true;
                while (intact && rows.next()) {
                    Optional<AuditEntry> entry = read(rows);
                    intact = entry.isPresent()
                            ? verification.check(entry.get())
                            : verification.unreadable(rows.getLong("id"), "its columns are not in the form the trail writes");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Verifying the audit trail failed", e);
        }
        ChainVerification.Result result = verification.result();
        return new ChainVerificationDto(result.entriesChecked(), result.intact(), result.firstBrokenEntryId(),
                result.problem(), result.lastEntryId(), result.lastHash());
    }

    /** The record types the trail can hold, for search forms: the audited entities' root names. */
    public List<String> recordTypes() {
        TreeSet<String> types = new TreeSet<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            if (AuditedEntity.class.isAssignableFrom(entity.getJavaType())) {
                types.add(RecordShape.of(entity.getJavaType()).entityType());
            }
        }
        return List.copyOf(types);
    }

    private static long count(Connection connection, Where where) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from audit_entry" + where.sql)) {
            where.bind(count);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** An entry of a search: one the trail cannot read is a tampered trail, which the verification explains. */
    private static AuditEntry readable(ResultSet row) throws SQLException {
        long id = row.getLong("id");
        return read(row).orElseThrow(() -> new IllegalStateException("Audit entry " + id
                + " is not in the form the audit trail writes; verify the chain"));
    }

    /**
     * The entry in a row, or empty when its columns hold what the trail never writes (an unknown action or
     * actor kind, a kiosk of a non-operator, changes of another form): altered by hand.
     */
    private static Optional<AuditEntry> read(ResultSet row) throws SQLException {
        Optional<List<FieldChange>> changes = CanonicalJson.parseChanges(row.getString("changes"));
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        try {
            Actor actor = new Actor(row.getString("actor"), ActorKind.valueOf(row.getString("actor_kind")),
                    row.getString("kiosk"));
            RecordChange change = new RecordChange(row.getObject("occurred_at", OffsetDateTime.class), actor,
                    AuditAction.valueOf(row.getString("action")), row.getString("entity_type"),
                    row.getString("entity_id"), changes.get(), row.getString("reason"), row.getString("correlation_id"));
            return Optional.of(new AuditEntry(row.getLong("id"), change, row.getString("previous_hash"),
                    row.getString("hash")));
        } catch (IllegalArgumentException notAsWritten) {
            // the trail only writes what these types accept: anything else was put there by hand
            return Optional.empty();
        }
    }

    private static AuditEntryDto toDto(AuditEntry entry) {
        RecordChange change = entry.change();
        List<FieldChangeDto> changes = change.changes().stream()
                .map(field -> new FieldChangeDto(field.field(), field.oldValue(), field.newValue())).toList();
        return new AuditEntryDto(entry.id(), change.occurredAt(), change.actor().name(), change.actor().kind(),
                change.actor().kiosk(), change.action(), change.entityType(), change.entityId(), changes,
                change.reason(), change.correlationId(), entry.previousHash(), entry.hash());
    }

    /** The WHERE clause of a filter and its parameters, in order. */
    private record Where(String sql, List<Object> parameters) {
        static Where of(AuditEntryFilter filter) {
            StringBuilder sql = new StringBuilder();
            List<Object> parameters = new ArrayList<>();
            add(sql, parameters, "entity_type = ?", filter.entityType());
            add(sql, parameters, "entity_id = ?", filter.entityId());
            add(sql, parameters, "actor = ?", filter.actor());
            add(sql, parameters, "occurred_at >= ?", filter.from() == null ? null : filter.from().atOffset(ZoneOffset.UTC));
            add(sql, parameters, "occurred_at < ?", filter.to() == null ? null : filter.to().atOffset(ZoneOffset.UTC));
            return new Where(sql.toString(), parameters);
        }

        private static void add(StringBuilder sql, List<Object> parameters, String condition, Object value) {
            if (value != null) {
                sql.append(parameters.isEmpty() ? " where " : " and ").append(condition);
                parameters.add(value);
            }
        }

        /** Binds the parameters from position 1; returns the next free position. */
        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return parameters.size() + 1;
        }
    }
}
