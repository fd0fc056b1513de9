package org.openmes.telemetry.ingest;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.openmes.telemetry.events.EdgeEvent;

/**
 * Publishes edge events to the JMS topic {@code jms/telemetryEdgeEvents} for consumers outside the MES application
 * (other applications on the server, remote JMS clients): one persistent JSON text message per event, in the caller's
 * JTA transaction, so the messages are published when, and only when, that transaction commits. The ingest calls it in
 * the transaction that consumes the scan's message, after the event rows' commit: a failed ingest publishes nothing,
 * and a message consumed for good has published its events (a redelivery publishes them again, with the same
 * {@code eventId}). docs/api.md, "Edge events on a JMS topic", describes the format.
 */
@ApplicationScoped
public class EdgeEventTopic {
    /** Message property: {@link #eventId}, the same for every publication of one event. */
    static final String EVENT_ID = "eventId";
    /** Message property (long): the equipment's plant node id. */
    static final String EQUIPMENT_ID = "equipmentId";
    /** Message property: the {@link EdgeEvent.Kind} name. */
    static final String KIND = "kind";
    /** Message property: the {@link org.openmes.telemetry.model.EquipmentSignal} name. */
    static final String SIGNAL = "signal";
    /** Message property (int): the fault bit, only on FAULT_RAISED / FAULT_CLEARED. */
    static final String BIT = "bit";
    /** JMSType of the messages, naming the format's version. */
    static final String TYPE = "org.openmes.telemetry.EdgeEvent/1";
    /** Created once: {@code Json.createObjectBuilder()} looks the provider up on every call, on the ingest's hot path. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    @Resource(lookup = "jms/mesConnectionFactory")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/telemetryEdgeEvents")
    private Topic topic;

    /** Publishes every event in the caller's transaction; nothing when there is none to publish. */
    public void publish(List<EdgeEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // a context of the container's connection factory inside a JTA transaction is enlisted in it
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (EdgeEvent event : events) {
                String eventId = eventId(event);
                TextMessage message = context.createTextMessage(json(event, eventId));
                message.setJMSType(TYPE);
                message.setJMSCorrelationID(eventId);
                message.setStringProperty(EVENT_ID, eventId);
                message.setLongProperty(EQUIPMENT_ID, event.equipmentId());
                message.setStringProperty(KIND, event.kind().name());
                message.setStringProperty(SIGNAL, event.signal().name());
                if (event.bit() != null) {
                    message.setIntProperty(BIT, event.bit());
                }
                producer.send(topic, message);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot publish " + events.size() + " edge events; the scan will be redelivered", e);
        }
    }

    /**
     * The event's identity, stable across redeliveries and restarts: the key of its row in
     * {@code telemetry_edge_event} (equipment, signal, time to the microsecond, kind, bit or -1), e.g.
     * {@code 42:FAULT_WORD:2026-11-22T10:15:30.123456Z:FAULT_RAISED:3}.
     */
    static String eventId(EdgeEvent event) {
        return event.equipmentId() + ":" + event.signal() + ":" + event.occurredAt() + ":" + event.kind() + ":"
                + (event.bit() == null ? -1 : event.bit());
    }

    /** The message body: the event as a JSON object; absent fields are left out, numbers are exact. */
    static String json(EdgeEvent event) {
        return json(event, eventId(event));
    }

    private static String json(EdgeEvent event, String eventId) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add(EVENT_ID, eventId)
                .add(EQUIPMENT_ID, event.equipmentId()).add(SIGNAL, event.signal().name()).add(KIND, event.kind().name())
                .add("occurredAt", event.occurredAt().toString());
        if (event.bit() != null) {
            json.add(BIT, event.bit());
        }
        addNumber(json, "oldValue", event.oldValue());
        addNumber(json, "newValue", event.newValue());
        addNumber(json, "increment", event.increment());
        if (event.reason() != null) {
            json.add("reason", event.reason());
        }
        return json.build().toString();
    }

    private static void addNumber(JsonObjectBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
