package org.openmes.telemetry.service;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Enumeration;
import java.util.List;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/** The PLC connector's status as it reports it to the database at every configuration refresh. */
@Stateless
@RequiresPermission(Permission.TELEMETRY_VIEW)
public class TelemetryStatusService {
    /** Three refresh periods of the default 5 s, and then some: a connector silent this long is not working. */
    public static final int STALE_AFTER_SECONDS = 30;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Resource(lookup = "jms/mesConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/telemetryQueue")
    private Queue queue;

    public TelemetryStatusDto status() {
        @SuppressWarnings("unchecked")
        List<Object[]> plcRows = em.createNativeQuery("select plc_code, connected, last_good_read, reconnects, last_error,"
                + " overruns, reported_at from telemetry_plc_status order by plc_code").getResultList();
        List<TelemetryStatusDto.PlcStatusDto> plcs = plcRows.stream().map(row -> new TelemetryStatusDto.PlcStatusDto(
                (String) row[0], (Boolean) row[1], time(row[2]), ((Number) row[3]).longValue(), (String) row[4],
                ((Number) row[5]).longValue(), time(row[6]))).toList();
        @SuppressWarnings("unchecked")
        List<Object[]> connector = em.createNativeQuery("select journal_depth, journal_bytes, scans_lost, reported_at"
                + " from telemetry_connector_status").getResultList();
        if (connector.isEmpty()) {
            return new TelemetryStatusDto(null, false, 0, 0, 0, plcs);
        }
        Object[] row = connector.get(0);
        OffsetDateTime reportedAt = time(row[3]);
        boolean stale = reportedAt.isBefore(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofSeconds(STALE_AFTER_SECONDS)));
        return new TelemetryStatusDto(reportedAt, stale, ((Number) row[0]).intValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), plcs);
    }

    private static OffsetDateTime time(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /**
     * Browses the telemetry queue for its oldest scan (the engine delivers in order, so the first one browsed). Scans
     * the ingest holds at the moment (being stored, or failing and retried) are not browsed; the ones queued behind
     * them are, and they age while the ingest does not consume.
     */
    public TelemetryQueueDto queue() {
        try (JMSContext context = connectionFactory.createContext();
             QueueBrowser browser = context.createBrowser(queue)) {
            Enumeration<?> messages = browser.getEnumeration();
            if (!messages.hasMoreElements()) {
                return new TelemetryQueueDto(null);
            }
            long sentAt = ((Message) messages.nextElement()).getJMSTimestamp();
            return new TelemetryQueueDto(Instant.ofEpochMilli(sentAt).atOffset(ZoneOffset.UTC));
        } catch (jakarta.jms.JMSException e) {
            throw new JMSRuntimeException("Cannot browse the telemetry queue: " + e.getMessage(), e.getErrorCode(), e);
        }
    }
}
