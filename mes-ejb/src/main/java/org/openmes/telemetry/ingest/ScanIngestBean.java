package org.openmes.telemetry.ingest;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.openmes.telemetry.events.EdgeEvent;
import org.openmes.telemetry.live.LiveSignals;

/**
 * Stores every scan message of the PLC connector. The message is consumed in a container-managed transaction and
 * acknowledged only when {@code onMessage} returns; the rows are written and committed before that, in a local
 * transaction of the non-enlisted data source {@code jdbc/mesIngest}. A crash or failure between the two
 * redelivers the message, and the samples' primary key (tag, sampledAt) makes the second write a no-op (its
 * {@code COPY} meets the stored rows and {@link ScanBatch} writes it with {@code ON CONFLICT DO NOTHING} instead),
 * so every sample is stored exactly once without a two-phase commit between the messaging engine and PostgreSQL
 * (which would need {@code max_prepared_transactions} on every database).
 * <p>
 * Every edge event stored for the first time is then fired as a CDI {@link EdgeEvent} (see
 * {@link org.openmes.telemetry.events}): after the rows' commit, so an observer never sees an event whose row could
 * still roll back, and observers {@code during = AFTER_SUCCESS} run when the message's transaction committed too.
 * Every edge event of the message, new or found stored by a redelivery, is also published to the JMS topic of
 * {@link EdgeEventTopic} in the message's transaction: published if and only if the message is consumed for good, so
 * a failed ingest publishes nothing and a redelivery publishes again what a rolled-back attempt could not.
 * <p>
 * Before the write, the scan's state-relevant values go to the live pages ({@link LiveSignals}): they are display-only,
 * so pages need not wait for the commit; what depends on stored rows (stops, counts) follows it.
 * <p>
 * Whatever fails here (PostgreSQL down, or a message that cannot be parsed, which is an error of the connector)
 * throws: the queue has no exception destination ({@code failedDeliveryPolicy="KEEP_TRYING"} in server.xml), so
 * the message stays on the queue and is tried again every {@code mes.telemetry.ingest.redelivery-interval-ms}
 * until it is stored, never moved aside or dropped.
 */
@MessageDriven(name = "ScanIngestBean", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "jms/telemetryQueue"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue")})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ScanIngestBean implements MessageListener {
    private static final Logger LOG = Logger.getLogger(ScanIngestBean.class.getName());

    @Resource(lookup = "jdbc/mesIngest")
    private DataSource dataSource;

    @Inject
    private Event<EdgeEvent> edgeEvents;

    @Inject
    private LiveSignals liveSignals;

    @Inject
    private EdgeEventTopic edgeEventTopic;

    @Override
    public void onMessage(Message message) {
        ScanBatch batch;
        try {
            if (!(message instanceof TextMessage text)) {
                throw new IllegalArgumentException("not a text message: " + message.getClass().getName());
            }
            batch = ScanBatch.parse(text.getText());
        } catch (JMSException | RuntimeException e) {
            throw new IllegalStateException("Unreadable telemetry message " + messageId(message), e);
        }
        // display-only values go to the pages now, in parallel with the write below, not after its commit
        liveSignals.received(batch.liveSamples(), batch.liveComms());
        ScanBatch.Stored stored = store(batch);
        if (stored.samples() < batch.size()) {
            LOG.fine(() -> "Scan " + batch.scanId() + ": " + (batch.size() - stored.samples()) + " samples were stored already");
        }
        edgeEventTopic.publish(stored.allEvents());
        stored.events().forEach(edgeEvents::fire);
    }

    private ScanBatch.Stored store(ScanBatch batch) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ScanBatch.Stored stored = batch.store(connection);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store scan " + batch.scanId() + "; it will be redelivered", e);
        }
    }

    private static String messageId(Message message) {
        try {
            return message.getJMSMessageID();
        } catch (JMSException e) {
            return "(no id: " + e.getMessage() + ")";
        }
    }
}
