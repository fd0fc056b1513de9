package org.openmes.platform.push;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * The live messages of the push channel, beside plain topic names: a JSON object
 * {@code {"topic":"equipment-12","state":"DOWN","signals":{"FAULT_WORD":"8"}}} that a page applies to the elements
 * marked with the equipment's id (resources/js/push.js) without a request. Pages tell the two apart by the first
 * character: a topic name never starts with a brace.
 */
public final class PushMessages {
    private PushMessages() {
    }

    /**
     * A live message of {@code topic}.
     *
     * @param state   the state the page colours by (an {@code EquipmentState} name), null when unknown
     * @param signals signal name to its value as text (null when the value is not GOOD)
     */
    public static String live(String topic, String state, Map<String, String> signals) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        signals.forEach((signal, value) -> {
            if (value == null) {
                values.addNull(signal);
            } else {
                values.add(signal, value);
            }
        });
        JsonObjectBuilder message = Json.createObjectBuilder().add("topic", topic);
        if (state != null) {
            message.add("state", state);
        }
        return message.add("signals", values).build().toString();
    }
}
