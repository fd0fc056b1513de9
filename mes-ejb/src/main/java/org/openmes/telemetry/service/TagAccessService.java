package org.openmes.telemetry.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.resource.ResourceException;
import jakarta.resource.cci.Connection;
import jakarta.resource.cci.ConnectionFactory;
import jakarta.resource.cci.Interaction;
import jakarta.resource.cci.MappedRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;
import org.openmes.telemetry.model.PlcTag;

/**
 * Reads or writes one PLC tag now, by PLC code and tag name, through the PLC connector's outbound connection factory
 * {@code eis/plcTags} (standard CCI: a {@link MappedRecord} named READ or WRITE, see the connector's
 * {@code PlcTagInteraction}), so the connector's one session per PLC serves it. Only tags marked writable are
 * written. A PLC write is not transactional: it is done when the method returns and a later rollback does not undo
 * it, so callers write last.
 */
@Stateless
@RequiresPermission(Permission.TELEMETRY_CONFIGURE)
public class TagAccessService {
    private static final Logger LOG = Logger.getLogger(TagAccessService.class.getName());

    @Resource(lookup = "eis/plcTags")
    private ConnectionFactory plcTags;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /** The tag's value as the PLC answers now; BAD with the reason when it does not answer. */
    public TagValueDto read(String plcCode, String tagName) {
        PlcTag tag = load(plcCode, tagName);
        return execute("READ", tag, null);
    }

    /** Writes {@code value} (engineering units) to a writable tag; 409 for a read-only tag or an unreachable PLC. */
    public TagValueDto write(String plcCode, String tagName, BigDecimal value) {
        if (value == null) {
            throw new InvalidInputException("value", "is required");
        }
        PlcTag tag = load(plcCode, tagName);
        if (!tag.isWritable()) {
            throw new ConflictException("tag", "tag " + tag.getName() + " of PLC " + tag.getConnection().getCode()
                    + " is read-only; only tags marked writable can be written");
        }
        return execute("WRITE", tag, value);
    }

    private PlcTag load(String plcCode, String tagName) {
        String code = plcCode == null ? null : plcCode.trim().toUpperCase(Locale.ROOT);
        return em.createQuery("select t from PlcTag t where t.connection.code = :code and t.name = :name"
                        + " and t.retiredAt is null and t.connection.retiredAt is null", PlcTag.class)
                .setParameter("code", code).setParameter("name", tagName).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("tag", code + "/" + tagName));
    }

    private TagValueDto execute(String interactionName, PlcTag tag, BigDecimal value) {
        String plc = tag.getConnection().getCode();
        if (!tag.getConnection().isEnabled()) {
            throw new ConflictException(null, "PLC " + plc + " is disabled: the connector holds no session to it");
        }
        try {
            Connection connection = plcTags.getConnection();
            try {
                Interaction interaction = connection.createInteraction();
                MappedRecord input = plcTags.getRecordFactory().createMappedRecord(interactionName);
                put(input, "plc", plc);
                put(input, "tag", tag.getName());
                if (value != null) {
                    put(input, "value", value);
                }
                MappedRecord output = (MappedRecord) interaction.execute(null, input);
                Instant at = (Instant) output.get("at");
                return new TagValueDto(plc, tag.getName(), (BigDecimal) output.get("value"), tag.getUnit(),
                        (String) output.get("quality"), (String) output.get("reason"), at == null ? null : at.atOffset(ZoneOffset.UTC));
            } finally {
                connection.close();
            }
        } catch (ResourceException e) {
            throw refusal(plc, tag.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void put(MappedRecord record, String key, Object value) {
        record.put(key, value);
    }

    /** The connector's error codes (its TagAccessException) as the MES's refusals. */
    private static RuntimeException refusal(String plc, String tag, ResourceException e) {
        String code = e.getErrorCode() == null ? "" : e.getErrorCode();
        return switch (code) {
            case "REFUSED" -> new InvalidInputException("value", e.getMessage());
            case "NOT_FOUND" -> new ConflictException(null, e.getMessage() + "; a new or changed PLC or tag reaches the"
                    + " connector within its refresh period");
            case "UNAVAILABLE" -> new ConflictException(null, e.getMessage());
            default -> { // the container could not give a connection (pool exhausted, adapter stopped)
                LOG.log(Level.WARNING, "Tag access to " + plc + "/" + tag + " failed in the connector", e);
                yield new ConflictException(null, "the PLC connector cannot serve tag access now: " + e.getMessage());
            }
        };
    }
}
