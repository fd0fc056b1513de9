package org.openmes.it.subscriber;

import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every message the topic subscription delivers: its body and the properties a selector sees. Its activation
 * spec ({@code edge-subscriber/EdgeEventRecorder}: application/bean for a WAR deployed alone) names the topic and the
 * selector.
 */
@MessageDriven(name = "EdgeEventRecorder")
public class EdgeEventRecorder implements MessageListener {
    private static final List<JsonObject> RECEIVED = new CopyOnWriteArrayList<>();

    /** What was received so far, in order: {@code {"body":{...},"eventId":...,"equipmentId":...,...}}. */
    static List<JsonObject> received() {
        return Collections.unmodifiableList(RECEIVED);
    }

    @Override
    public void onMessage(Message message) {
        try {
            JsonObjectBuilder record = Json.createObjectBuilder()
                    .add("body", Json.createReader(new StringReader(((TextMessage) message).getText())).readObject())
                    .add("jmsType", String.valueOf(message.getJMSType()))
                    .add("correlationId", String.valueOf(message.getJMSCorrelationID()))
                    .add("persistent", message.getJMSDeliveryMode() == jakarta.jms.DeliveryMode.PERSISTENT);
            for (String property : List.of("eventId", "kind", "signal")) {
                if (message.propertyExists(property)) {
                    record.add(property, message.getStringProperty(property));
                }
            }
            if (message.propertyExists("equipmentId")) {
                record.add("equipmentId", message.getLongProperty("equipmentId"));
            }
            if (message.propertyExists("bit")) {
                record.add("bit", message.getIntProperty("bit"));
            }
            RECEIVED.add(record.build());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read an edge-event message", e);
        }
    }
}
