package org.openmes.platform.push;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.Map;

/**
 * The live messages of the push channel, beside plain topic names: a JSON object
 * {@code {"topic":"equipment-12","state":"DOWN","signals":{"FAULT_WORD":"8"}}} that a page applies to the elements
 * marked with the equipment's id (resources/js/push.js) without a request, or the figures of a line
 * ({@link #figures}). Pages tell the two apart by the first
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

    /**
     * A live message of figures ({@code {"topic":"line-3","figures":{"line-3:good":"120",…}}}): each value goes as it is
     * into the page's elements marked {@code data-mes-live-figure} (text) or {@code data-mes-live-gauge} (a meter's value)
     * with its key.
     */
    public static String figures(String topic, Map<String, String> figures) {
        JsonObjectBuilder values = Json.createObjectBuilder();
        figures.forEach(values::add);
        return Json.createObjectBuilder().add("topic", topic).add("figures", values).build().toString();
    }
}
